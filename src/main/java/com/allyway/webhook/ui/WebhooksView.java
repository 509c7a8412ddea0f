package com.allyway.webhook.ui;

import com.allyway.security.Role;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.ui.FieldErrors;
import com.allyway.shared.ui.Notices;
import com.allyway.shared.ui.SecretOnceDialog;
import com.allyway.shared.ui.ViewHeading;
import com.allyway.webhook.IssuedWebhook;
import com.allyway.webhook.WebhookDelivery;
import com.allyway.webhook.WebhookService;
import com.allyway.webhook.WebhookUrlPolicy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/** An organization admin's webhook address and the log of what Allyway sent to it. */
@Route("webhooks")
@PageTitle("Webhooks")
@Menu(title = "Webhooks", order = 61, icon = "vaadin:paperplane")
@RolesAllowed(Role.Names.ORGANIZATION_ADMIN)
public class WebhooksView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    public final TextField url = new TextField("Address Allyway calls");
    public final Button save = new Button("Save address");
    public final Button remove = new Button("Stop deliveries");
    public final Grid<WebhookDelivery> deliveries = new Grid<>();
    private final WebhookService webhooks;

    WebhooksView(WebhookService webhooks) {
        this.webhooks = webhooks;
        addClassName("allyway-page");
        url.setWidth("32rem");
        url.setMaxLength(WebhookUrlPolicy.MAX_LENGTH);
        url.setPlaceholder("https://crm.example.com/allyway");
        url.setId("webhook-url");
        save.setId("save-webhook");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> {
            webhooks.remove();
            Notices.success("Deliveries stopped.");
            refresh();
        });
        HorizontalLayout form = new HorizontalLayout(url, save, remove);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        deliveries.addColumn(delivery -> WHEN.format(delivery.getCreatedAt())).setHeader("Event at").setAutoWidth(true);
        deliveries.addColumn(WebhookDelivery::getEvent).setHeader("Event").setAutoWidth(true);
        deliveries.addColumn(delivery -> delivery.getStatus().label()).setHeader("Status");
        deliveries.addColumn(WebhookDelivery::getAttempts).setHeader("Attempts");
        deliveries.addColumn(delivery -> delivery.getLastResult() == null ? "–" : delivery.getLastResult()
                + " (" + WHEN.format(delivery.getLastAttemptAt()) + ")").setHeader("Last attempt").setAutoWidth(true);
        deliveries.addColumn(delivery -> delivery.getNextAttemptAt() == null ? "–"
                : WHEN.format(delivery.getNextAttemptAt())).setHeader("Next attempt");
        deliveries.setAllRowsVisible(true);
        add(new ViewHeading("Webhooks", "Allyway calls your address when one of your introductions changes"
                + " status and when a statement is approved or paid: a signed JSON POST, tried again for up to a"
                + " day when your side does not answer 2xx."), form, new Paragraph("Check each delivery: the"
                + " header X-Allyway-Signature is sha256=HMAC-SHA256(secret, X-Allyway-Timestamp + \".\" + body),"
                + " hex-encoded; X-Allyway-Delivery is the same on every retry of one event."),
                new H3("Deliveries"), deliveries);
        refresh();
    }

    private void save() {
        try {
            IssuedWebhook issued = webhooks.save(url.getValue());
            refresh();
            new SecretOnceDialog("Signing secret", "Deliveries to " + issued.webhook().getUrl() + " are signed"
                    + " with this secret. Copy it into your system now; Allyway will not show it again (saving the"
                    + " address again makes a new one).", issued.secret(), "Copy secret", "webhook-secret").open();
        } catch (RejectedInputException rejected) {
            FieldErrors.show(rejected, Map.of("url", url));
        }
    }

    private void refresh() {
        webhooks.current().ifPresentOrElse(webhook -> {
            url.setValue(webhook.getUrl());
            remove.setVisible(true);
        }, () -> remove.setVisible(false));
        deliveries.setItems(webhooks.deliveries());
    }
}
