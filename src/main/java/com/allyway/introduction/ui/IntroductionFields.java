package com.allyway.introduction.ui;

import com.allyway.introduction.IntroductionDetails;
import com.allyway.shared.EmailAddresses;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of an introduction, essentials first (company, website, contact, email), then the rest under "More
 * about it". Used by the log form and by the new-ally dialog, so both ask the same and show refusals alike.
 */
public class IntroductionFields extends Composite<VerticalLayout> {

    public final TextField prospectCompany = new TextField("Prospect company");
    public final TextField prospectWebsite = new TextField("Website");
    public final TextField contactName = new TextField("Contact name");
    public final EmailField contactEmail = new EmailField("Contact email");
    public final TextField contactRole = new TextField("Contact's role");
    public final TextArea whyGoodFit = new TextArea("Why it is a good fit");
    public final TextField introducedBy = new TextField("Introduced by (person)");
    public final DatePicker introducedOn = new DatePicker("Introduced on");

    public IntroductionFields() {
        limits();
        ids();
        FormLayout essentials = new FormLayout(prospectCompany, prospectWebsite, contactName, contactEmail);
        FormLayout more = new FormLayout(contactRole, introducedBy, introducedOn, whyGoodFit);
        more.setColspan(whyGoodFit, 2);
        getContent().setPadding(false);
        getContent().add(essentials, new H3("More about it"), more);
    }

    public IntroductionDetails details() {
        return new IntroductionDetails(prospectCompany.getValue(), prospectWebsite.getValue(),
                contactName.getValue(), contactEmail.getValue(), contactRole.getValue(), whyGoodFit.getValue(),
                introducedBy.getValue(), introducedOn.getValue());
    }

    /** The fields under the names the introduction service uses when it refuses one. */
    public Map<String, HasValidation> byServiceName() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("prospectCompany", prospectCompany);
        fields.put("prospectWebsite", prospectWebsite);
        fields.put("contactName", contactName);
        fields.put("contactEmail", contactEmail);
        fields.put("contactRole", contactRole);
        fields.put("whyGoodFit", whyGoodFit);
        fields.put("introducedBy", introducedBy);
        fields.put("introducedOn", introducedOn);
        return fields;
    }

    /** Stable ids for browser tests and for people who automate their own browsers. */
    private void ids() {
        prospectCompany.setId("prospect-company");
        prospectWebsite.setId("prospect-website");
        contactName.setId("contact-name");
        contactEmail.setId("contact-email");
    }

    private void limits() {
        prospectCompany.setRequired(true);
        contactName.setRequired(true);
        prospectCompany.setMaxLength(IntroductionDetails.NAME_MAX_LENGTH);
        contactName.setMaxLength(IntroductionDetails.NAME_MAX_LENGTH);
        introducedBy.setMaxLength(IntroductionDetails.NAME_MAX_LENGTH);
        prospectWebsite.setMaxLength(IntroductionDetails.WEBSITE_MAX_LENGTH);
        prospectWebsite.setPlaceholder("acme.com");
        prospectWebsite.setHelperText("Or leave empty and give the contact's work email.");
        contactEmail.setMaxLength(EmailAddresses.MAX_LENGTH);
        contactRole.setMaxLength(IntroductionDetails.ROLE_MAX_LENGTH);
        whyGoodFit.setMaxLength(IntroductionDetails.WHY_MAX_LENGTH);
    }
}
