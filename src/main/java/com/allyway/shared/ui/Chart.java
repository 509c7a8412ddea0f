package com.allyway.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart (Apache ECharts, drawn by {@code frontend/charts/allyway-chart.js}) with its numbers as a table under
 * it: screen readers, keyboard users and anyone who wants exact figures read the table; the chart itself is an
 * image to assistive technology. An empty chart says so instead of drawing empty axes.
 */
@JavaScript("context://webjars/echarts/" + Chart.ECHARTS_VERSION + "/dist/echarts.min.js")
@JavaScript("context://charts/allyway-chart.js")
public class Chart extends Composite<Div> {

    /** The ECharts WebJar in the pom; the two must change together. */
    static final String ECHARTS_VERSION = "5.3.1";

    private final ChartData data;

    public Chart(ChartData data, String emptyMessage) {
        this.data = data;
        Div root = getContent();
        root.addClassName("allyway-chart-card");
        root.add(new H3(data.title()));
        if (data.isEmpty()) {
            root.add(new Paragraph(emptyMessage));
            return;
        }
        Canvas canvas = new Canvas();
        canvas.getElement().setAttribute("role", "img");
        canvas.getElement().setAttribute("aria-label", data.title() + ". The numbers are in the table below.");
        canvas.getElement().setPropertyJson("option", option(data));
        NativeDetails table = new NativeDetails("Show the numbers", table(data));
        table.addClassName("allyway-chart-table");
        root.add(canvas, table);
    }

    /** A sentence under the chart, e.g. the one figure that matters most. */
    public Chart withNote(String text) {
        getContent().add(new Paragraph(text));
        return this;
    }

    public ChartData getData() {
        return data;
    }

    /** The {@code <allyway-chart>} element. */
    @Tag("allyway-chart")
    static final class Canvas extends com.vaadin.flow.component.Component {
    }

    private static NativeTable table(ChartData data) {
        NativeTable table = new NativeTable();
        table.setCaptionText(data.title());
        NativeTableRow headings = table.getHead().addRow();
        headings.add(header(data.categoryHeading(), "col"));
        data.series().forEach(series -> headings.add(header(series.name(), "col")));
        NativeTableBody body = table.getBody();
        for (int i = 0; i < data.categories().size(); i++) {
            NativeTableRow row = body.addRow();
            row.add(header(data.categories().get(i), "row"));
            for (ChartData.Series series : data.series()) {
                row.add(new NativeTableCell(data.format().format(series.values().get(i))));
            }
        }
        return table;
    }

    private static NativeTableHeaderCell header(String text, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    /** The ECharts option: plain numbers, the formatting stays on the server (the table shows it). */
    static ObjectNode option(ChartData data) {
        Map<String, Object> option = new LinkedHashMap<>();
        boolean legend = data.series().size() > 1;
        if (legend) {
            option.put("legend", Map.of("top", 0));
        }
        if (data.kind() == ChartData.Kind.PIE) {
            option.put("tooltip", Map.of("trigger", "item"));
            List<Map<String, Object>> slices = new ArrayList<>();
            ChartData.Series values = data.series().getFirst();
            for (int i = 0; i < data.categories().size(); i++) {
                slices.add(Map.of("name", data.categories().get(i), "value", values.values().get(i)));
            }
            option.put("series", List.of(Map.of("type", "pie", "radius", List.of("40%", "70%"), "data", slices)));
            return JsonMapper.shared().valueToTree(option);
        }
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 8, "right", 16, "bottom", 8, "top", legend ? 36 : 16, "containLabel",
                true));
        Map<String, Object> categoryAxis = Map.of("type", "category", "data", data.categories());
        Map<String, Object> valueAxis = Map.of("type", "value", "minInterval", data.format().decimals() == 0 ? 1 : 0);
        boolean horizontal = data.kind() == ChartData.Kind.HORIZONTAL_BAR;
        option.put("xAxis", horizontal ? valueAxis : categoryAxis);
        option.put("yAxis", horizontal ? Map.of("type", "category", "data", data.categories(), "inverse", true)
                : valueAxis);
        List<Map<String, Object>> series = new ArrayList<>();
        for (ChartData.Series each : data.series()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", each.name());
            entry.put("type", data.kind() == ChartData.Kind.LINE ? "line" : "bar");
            if (data.kind() == ChartData.Kind.STACKED_BAR) {
                entry.put("stack", "total");
            }
            entry.put("data", each.values());
            series.add(entry);
        }
        option.put("series", series);
        return JsonMapper.shared().valueToTree(option);
    }

    Element canvasElement() {
        return getContent().getChildren().filter(Canvas.class::isInstance).findFirst()
                .map(com.vaadin.flow.component.Component::getElement).orElse(null);
    }
}
