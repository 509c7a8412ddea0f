package com.allyway.agreement.ui;

import com.allyway.agreement.Agreement;
import com.allyway.agreement.AgreementDraft;
import com.allyway.agreement.AgreementService;
import com.allyway.agreement.AgreementTemplate;
import com.allyway.agreement.CommissionPlan;
import com.allyway.shared.Money;
import com.allyway.shared.RejectedInputException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The terms of a draft: template version, commission plan and the partner's signatory. {@link #draft()} builds the
 * plan, which checks itself; a refusal names the field, shown next to it.
 */
class AgreementDraftForm extends Composite<VerticalLayout> {

    static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CAD",
            "AUD", "JPY");

    final ComboBox<AgreementTemplate> template = new ComboBox<>("Template");
    final Select<CommissionPlan.Type> type = new Select<>();
    final BigDecimalField ratePercent = new BigDecimalField("Rate (% of revenue)");
    final BigDecimalField flatFee = new BigDecimalField("Fee per won introduction");
    final TextField tiers = new TextField("Tiers");
    final ComboBox<String> currency = new ComboBox<>("Currency", CURRENCIES);
    final IntegerField recurringMonths = new IntegerField("Recurring for (months)");
    final BigDecimalField capPerIntroduction = new BigDecimalField("Cap per introduction");
    final IntegerField holdDays = new IntegerField("Payable after (days)");
    final IntegerField clawbackDays = new IntegerField("Clawback window (days)");
    final BigDecimalField minimumPayout = new BigDecimalField("Minimum payout");
    final DatePicker startsOn = new DatePicker("Starts on");
    final DatePicker endsOn = new DatePicker("Ends on");
    final TextField partnerSignatoryName = new TextField("Signs for the partner");
    final TextField partnerSignatoryTitle = new TextField("Their title");

    AgreementDraftForm(List<AgreementTemplate> templates) {
        template.setItems(templates);
        template.setItemLabelGenerator(AgreementTemplate::label);
        template.setWidthFull();
        if (!templates.isEmpty()) {
            template.setValue(templates.getFirst());
        }
        type.setLabel("Commission");
        type.setItems(CommissionPlan.Type.values());
        type.setItemLabelGenerator(CommissionPlan.Type::label);
        type.setValue(CommissionPlan.Type.PERCENTAGE_OF_REVENUE);
        type.addValueChangeListener(change -> showFieldsFor(change.getValue()));
        tiers.setHelperText("From which won introduction in a period each rate applies, e.g. \"1: 10; 11: 12.5\".");
        tiers.setPlaceholder("1: 10; 11: 12.5");
        currency.setValue("EUR");
        recurringMonths.setHelperText("Empty: for as long as the customer pays.");
        capPerIntroduction.setHelperText("Empty: no cap.");
        holdDays.setValue(30);
        holdDays.setMin(0);
        clawbackDays.setValue(90);
        clawbackDays.setMin(0);
        minimumPayout.setHelperText("Smaller amounts carry forward. Empty: none.");
        endsOn.setHelperText("Empty: until a later agreement supersedes it.");
        startsOn.setValue(LocalDate.now(ZoneOffset.UTC).plusMonths(1).withDayOfMonth(1));
        ratePercent.setId("commission-rate");
        partnerSignatoryName.setId("partner-signatory");
        partnerSignatoryName.setMaxLength(AgreementService.SIGNATORY_MAX_LENGTH);
        partnerSignatoryTitle.setMaxLength(AgreementService.SIGNATORY_MAX_LENGTH);
        showFieldsFor(type.getValue());
        FormLayout plan = new FormLayout(type, currency, ratePercent, flatFee, tiers, recurringMonths,
                capPerIntroduction, holdDays, clawbackDays, minimumPayout, startsOn, endsOn);
        FormLayout signatory = new FormLayout(partnerSignatoryName, partnerSignatoryTitle);
        getContent().setPadding(false);
        getContent().add(template, new H3("Commission plan"), plan, new H3("Signatory"), signatory);
    }

    void read(Agreement agreement, List<AgreementTemplate> templates) {
        CommissionPlan plan = agreement.getPlan();
        templates.stream().filter(candidate -> candidate.id().equals(agreement.getTemplateId())).findFirst()
                .ifPresent(template::setValue);
        type.setValue(plan.type());
        currency.setValue(plan.currency().getCurrencyCode());
        ratePercent.setValue(plan.ratePercent());
        flatFee.setValue(plan.flatFee() == null ? null : plan.flatFee().amount());
        tiers.setValue(plan.tiers().stream().map(tier -> tier.fromWonIntroductions() + ": "
                + tier.ratePercent().stripTrailingZeros().toPlainString()).collect(Collectors.joining("; ")));
        recurringMonths.setValue(plan.recurringMonths());
        capPerIntroduction.setValue(plan.capPerIntroduction() == null ? null : plan.capPerIntroduction().amount());
        holdDays.setValue(plan.holdDays());
        clawbackDays.setValue(plan.clawbackDays());
        minimumPayout.setValue(plan.minimumPayout() == null ? null : plan.minimumPayout().amount());
        startsOn.setValue(plan.startsOn());
        endsOn.setValue(plan.endsOn());
        partnerSignatoryName.setValue(agreement.getPartnerSignatoryName());
        partnerSignatoryTitle.setValue(agreement.getPartnerSignatoryTitle() == null ? ""
                : agreement.getPartnerSignatoryTitle());
    }

    /** @throws RejectedInputException naming the field that is wrong */
    AgreementDraft draft() {
        if (currency.getValue() == null) {
            throw new RejectedInputException("currency", "Choose the plan's currency.");
        }
        Currency chosen = Currency.getInstance(currency.getValue());
        CommissionPlan.Type chosenType = type.getValue();
        CommissionPlan plan = new CommissionPlan(1, chosenType,
                chosenType == CommissionPlan.Type.PERCENTAGE_OF_REVENUE ? ratePercent.getValue() : null,
                chosenType == CommissionPlan.Type.FLAT_FEE_PER_WON_INTRODUCTION
                        ? money(flatFee, "flatFee", chosen) : null,
                chosenType == CommissionPlan.Type.TIERED_BY_VOLUME ? parseTiers(tiers.getValue()) : List.of(),
                recurringMonths.getValue(), money(capPerIntroduction, "capPerIntroduction", chosen),
                days(holdDays, "holdDays"), days(clawbackDays, "clawbackDays"),
                money(minimumPayout, "minimumPayout", chosen), chosen, startsOn.getValue(), endsOn.getValue());
        return new AgreementDraft(template.getValue() == null ? null : template.getValue().id(), plan,
                partnerSignatoryName.getValue(), partnerSignatoryTitle.getValue());
    }

    Map<String, HasValidation> byServiceName() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("template", template);
        fields.put("type", type);
        fields.put("ratePercent", ratePercent);
        fields.put("flatFee", flatFee);
        fields.put("tiers", tiers);
        fields.put("currency", currency);
        fields.put("recurringMonths", recurringMonths);
        fields.put("capPerIntroduction", capPerIntroduction);
        fields.put("holdDays", holdDays);
        fields.put("clawbackDays", clawbackDays);
        fields.put("minimumPayout", minimumPayout);
        fields.put("startsOn", startsOn);
        fields.put("endsOn", endsOn);
        fields.put("partnerSignatoryName", partnerSignatoryName);
        fields.put("partnerSignatoryTitle", partnerSignatoryTitle);
        return fields;
    }

    private void showFieldsFor(CommissionPlan.Type chosen) {
        ratePercent.setVisible(chosen == CommissionPlan.Type.PERCENTAGE_OF_REVENUE);
        flatFee.setVisible(chosen == CommissionPlan.Type.FLAT_FEE_PER_WON_INTRODUCTION);
        tiers.setVisible(chosen == CommissionPlan.Type.TIERED_BY_VOLUME);
    }

    private static Money money(BigDecimalField field, String name, Currency currency) {
        BigDecimal amount = field.getValue();
        if (amount == null) {
            return null;
        }
        try {
            return new Money(amount, currency);
        } catch (IllegalArgumentException wrong) {
            throw new RejectedInputException(name, wrong.getMessage());
        }
    }

    private static int days(IntegerField field, String name) {
        if (field.getValue() == null) {
            throw new RejectedInputException(name, "Enter a number of days (0 for none).");
        }
        return field.getValue();
    }

    /** "1: 10; 11: 12.5" → tiers; refuses anything else with an example. */
    static List<CommissionPlan.Tier> parseTiers(String text) {
        List<CommissionPlan.Tier> parsed = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return parsed;
        }
        for (String part : text.split(";")) {
            String[] fromAndRate = part.split(":");
            try {
                if (fromAndRate.length != 2) {
                    throw new NumberFormatException();
                }
                parsed.add(new CommissionPlan.Tier(Integer.parseInt(fromAndRate[0].strip()),
                        new BigDecimal(fromAndRate[1].strip().replace("%", "").strip())));
            } catch (NumberFormatException e) {
                throw new RejectedInputException("tiers", "\"" + part.strip() + "\" is not a tier. Write each tier"
                        + " as \"from which won introduction: rate\", separated by semicolons, e.g. \"1: 10; 11: 12.5\".");
            }
        }
        return parsed;
    }
}
