package com.allyway.notification.ui;

import com.allyway.notification.Notification;
import com.allyway.notification.NotificationKind;
import com.allyway.notification.NotificationService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;

/**
 * The bell in the top bar: how many notifications are unread, updated live (Push) when one arrives; a click lists
 * the latest, each linking to its page, and counts them as read.
 */
public class NotificationBell extends Composite<Div> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private final NotificationService notifications;
    private final Button bell = new Button(new Icon(VaadinIcon.BELL));
    private final Span count = new Span();
    private Registration feed;

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setId("notification-bell");
        bell.addClickListener(click -> open());
        count.addClassName("allyway-badge");
        count.setId("notification-count");
        getContent().addClassName("allyway-bell");
        getContent().add(bell, count);
        showUnread(notifications.unread());
    }

    /** What the badge shows: the unread count, or nothing. */
    public String badgeText() {
        return count.isVisible() ? count.getText() : "";
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        feed = notifications.subscribe(arrived -> ui.access(() -> showUnread(unreadAfterArrival())));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (feed != null) {
            feed.remove();
            feed = null;
        }
    }

    /** Read again rather than counted up, so the badge always matches what the list will show. */
    private long unreadAfterArrival() {
        return notifications.unread();
    }

    private void showUnread(long unread) {
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread");
        bell.setTooltipText(unread == 0 ? "Notifications" : unread + " unread notifications");
    }

    private void open() {
        List<Notification> latest = notifications.latest();
        notifications.markAllRead();
        showUnread(0);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Notifications");
        if (latest.isEmpty()) {
            dialog.add(new Paragraph("Nothing yet. Changes to your introductions, agreements and statements will"
                    + " show up here."));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("notification-list");
            for (Notification notification : latest) {
                Anchor link = new Anchor(notification.getLink(), notification.getText());
                link.getElement().addEventListener("click", event -> dialog.close());
                list.add(new ListItem(link, new Span(" · " + notification.getKind().label() + " · "
                        + WHEN.format(notification.getCreatedAt()))));
            }
            dialog.add(list);
        }
        dialog.add(emailSettings());
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }

    /** Which kinds also come by email (when the installation sends email at all). */
    private Details emailSettings() {
        Set<NotificationKind> off = notifications.emailOff();
        VerticalLayout kinds = new VerticalLayout();
        kinds.setPadding(false);
        kinds.setSpacing(false);
        for (NotificationKind kind : NotificationKind.values()) {
            Checkbox wanted = new Checkbox(kind.label(), !off.contains(kind));
            wanted.setId("email-" + kind.name().toLowerCase());
            wanted.addValueChangeListener(change -> notifications.setEmail(kind, change.getValue()));
            kinds.add(wanted);
        }
        Details details = new Details("Also by email", kinds);
        details.setId("email-settings");
        return details;
    }
}
