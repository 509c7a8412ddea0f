package com.allyway.security.ui;

import com.allyway.security.DemoLogins;
import com.allyway.shared.AllywayProperties;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;

/**
 * Sign-in. The form posts to Spring Security, which answers with {@code ?error} (wrong username or password: the
 * same words whatever was wrong) or {@code ?locked} (too many failures for this name).
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@PageTitle("Sign in · Allyway")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    public static final String ROUTE = "login";

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authenticationContext;
    private final AllywayProperties.SignIn signInSettings;
    /** What the form shows; LoginForm keeps its own copy out of reach. */
    LoginI18n shownTexts;

    LoginView(AuthenticationContext authenticationContext, DemoLogins demoLogins, AllywayProperties properties) {
        this.authenticationContext = authenticationContext;
        this.signInSettings = properties.signIn();
        addClassName("allyway-centered");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        shownTexts = texts(false);
        form.setI18n(shownTexts);

        Span brand = new Span("Allyway");
        brand.addClassNames("allyway-brand", LumoUtility.FontSize.XXXLARGE);
        VerticalLayout column = new VerticalLayout(brand, form);
        column.setAlignItems(VerticalLayout.Alignment.CENTER);
        column.setWidth(null);
        if (!demoLogins.logins().isEmpty()) {
            column.add(demoLoginList(demoLogins));
        }
        add(column);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        boolean locked = parameters.containsKey("locked");
        shownTexts = texts(locked);
        form.setI18n(shownTexts);
        form.setError(locked || parameters.containsKey("error"));
    }

    private LoginI18n texts(boolean locked) {
        LoginI18n texts = LoginI18n.createDefault();
        texts.getForm().setTitle("Sign in");
        texts.getForm().setUsername("Email");
        texts.getForm().setSubmit("Sign in");
        LoginI18n.ErrorMessage error = texts.getErrorMessage();
        if (locked) {
            error.setTitle("Sign-in paused for this account");
            error.setMessage("After " + signInSettings.maxFailedAttempts() + " failed attempts, sign-in is paused for "
                    + minutes(signInSettings) + ". Try again later.");
        } else {
            error.setTitle("Wrong username or password");
            error.setMessage("Check the email address and password, then try again.");
        }
        return texts;
    }

    private static String minutes(AllywayProperties.SignIn settings) {
        long minutes = Math.max(1, settings.lockoutDuration().toMinutes());
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    private static Component demoLoginList(DemoLogins demoLogins) {
        Div box = new Div();
        box.addClassName("allyway-demo-logins");
        box.add(new Paragraph(new Span("Demo mode. Every demo account uses the password "),
                new Code(demoLogins.password()), new Span(".")));
        for (DemoLogins.Login login : demoLogins.logins()) {
            Div line = new Div(new Code(login.email()), new Span(" · " + login.who()));
            line.addClassName("demo-login");
            box.add(line);
        }
        return box;
    }
}
