package com.allyway.ui;

import com.allyway.notification.NotificationService;
import com.allyway.notification.ui.NotificationBell;
import com.allyway.security.AllywayUser;
import com.allyway.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every signed-in view. The menu is built from the views' {@code @Menu} entries, filtered by
 * Vaadin to the ones the person's roles may open, so this class never needs to know the features.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext,
            NotificationService notifications) {
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        NotificationBell bell = new NotificationBell(notifications);
        bell.addClassNames(LumoUtility.Margin.Left.AUTO, LumoUtility.Margin.Right.MEDIUM);
        addToNavbar(new DrawerToggle(), viewTitle, bell);
        addToDrawer(brand(), new Scroller(menu()), footer(currentUser.require(), authenticationContext));
    }

    private static Component brand() {
        Span name = new Span("Allyway");
        name.addClassNames("allyway-brand", LumoUtility.FontSize.XLARGE);
        Div brand = new Div(name);
        brand.addClassNames(LumoUtility.Padding.MEDIUM);
        return brand;
    }

    private static SideNav menu() {
        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
        return nav;
    }

    private static Component footer(AllywayUser user, AuthenticationContext authenticationContext) {
        Span name = new Span(user.displayName());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span email = new Span(user.email());
        email.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        VerticalLayout who = new VerticalLayout(name, email);
        who.setPadding(false);
        who.setSpacing(false);

        Button signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), click -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(new ColorSchemeToggle(), signOut);

        VerticalLayout footer = new VerticalLayout(who, actions);
        footer.addClassNames(LumoUtility.Padding.MEDIUM);
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
