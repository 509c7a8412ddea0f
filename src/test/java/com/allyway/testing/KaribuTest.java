package com.allyway.testing;

import com.allyway.security.AllywayUser;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one base class of browserless UI tests: the real Spring application, a mocked Vaadin UI on top of it, and
 * helpers to sign in as a user. Views are created at navigation, so put data in place first, then navigate.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.allyway");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected Fixtures fixtures;
    @Autowired
    protected MutableClock clock;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        signOut();
        MockVaadin.tearDown();
        clock.reset();
    }

    /** Signs in as {@code user} for Spring Security and for Vaadin's view access checks alike. */
    protected void signInAs(AllywayUser user) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.roles().stream().anyMatch(r -> r.name().equals(role)));
    }

    /**
     * Continues as another person in a fresh browser session: views hold the user who opened them, so reusing
     * the previous UI would show the previous person's page.
     */
    protected void switchTo(AllywayUser user) {
        MockVaadin.runUIQueue(); // updates pushed to the previous person's page run as that person
        signOut();
        MockVaadin.tearDown();
        setUpVaadin();
        signInAs(user);
    }

    protected void signOut() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}
