package com.allyway.ui.error;

import com.allyway.shared.ui.ViewHeading;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when opening a page failed unexpectedly. The person gets a reference to quote; the log gets the details
 * under the same reference, so nothing internal reaches the browser.
 */
@PageTitle("Something went wrong · Allyway")
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);
    private final Paragraph reference = new Paragraph();

    public ErrorView() {
        addClassName("allyway-page");
        add(new ViewHeading("Something went wrong",
                "This page could not be shown. Nothing you entered before was lost; try again in a moment."),
                reference, new Anchor("", "Back to your home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {} while opening {}", incident, event.getLocation().getPath(), parameter.getCaughtException());
        reference.setText("If it keeps happening, tell an admin the reference " + incident + ".");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
