package com.allyway.relationship;

import com.allyway.shared.EmailAddresses;
import com.allyway.shared.RejectedInputException;
import com.allyway.shared.TextInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules a relationship profile obeys, checked by the service whatever the form did. Plain Java: each refusal
 * names the field and what is wrong; on success the profile comes back tidied (stripped text, tags without
 * duplicates).
 */
final class RelationshipProfileRules {

    private RelationshipProfileRules() {
    }

    static RelationshipProfile validated(RelationshipProfile profile) {
        if (profile == null || profile.type() == null) {
            throw new RejectedInputException("type", "Choose whether this is an ally or a referral partner.");
        }
        if (profile.stage() == null) {
            throw new RejectedInputException("stage", "Choose the stage of the relationship.");
        }
        if (profile.type() == RelationshipType.ALLY && profile.stage() == RelationshipStage.REFERRAL_PARTNER) {
            throw new RejectedInputException("stage",
                    "An ally cannot be at the referral-partner stage: a referral partner has, or is getting, an"
                            + " agreement. Change the type to referral partner, or choose another stage.");
        }
        return new RelationshipProfile(profile.type(), profile.stage(), profile.flags(), blankAsNull(profile.ownerId()),
                contacts(profile.contacts()), tags(profile.tags()),
                TextInput.optional(profile.notes(), "notes", "The notes", RelationshipProfile.NOTES_MAX_LENGTH),
                TextInput.optional(profile.feeNote(), "feeNote", "The note on fees",
                        RelationshipProfile.FEE_NOTE_MAX_LENGTH));
    }

    private static List<Contact> contacts(List<Contact> contacts) {
        if (contacts.size() > RelationshipProfile.MAX_CONTACTS) {
            throw new RejectedInputException("contacts", "At most " + RelationshipProfile.MAX_CONTACTS
                    + " contacts fit; there are " + contacts.size() + ".");
        }
        List<Contact> valid = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            String which = "Contact " + (i + 1);
            if (contact == null) {
                throw new RejectedInputException("contacts", which + " is empty.");
            }
            String name = TextInput.required(contact.name(), "contacts", which + " needs a name.", which + "'s name",
                    Contact.NAME_MAX_LENGTH);
            String email = TextInput.optional(contact.email(), "contacts", which + "'s email address",
                    EmailAddresses.MAX_LENGTH);
            if (email != null && !EmailAddresses.isPlausible(email)) {
                throw new RejectedInputException("contacts", which + "'s email address \"" + email
                        + "\" is not an email address such as jane@acme.com.");
            }
            String role = TextInput.optional(contact.role(), "contacts", which + "'s role", Contact.ROLE_MAX_LENGTH);
            valid.add(new Contact(name, email == null ? null : EmailAddresses.normalize(email), role));
        }
        return valid;
    }

    private static List<String> tags(List<String> tags) {
        Map<String, String> byFolded = new LinkedHashMap<>();
        for (String tag : tags) {
            String valid = TextInput.optional(tag, "tags", "The tag \"" + abbreviated(tag) + "\"",
                    RelationshipProfile.TAG_MAX_LENGTH);
            if (valid != null) {
                byFolded.putIfAbsent(valid.toLowerCase(Locale.ROOT), valid);
            }
        }
        if (byFolded.size() > RelationshipProfile.MAX_TAGS) {
            throw new RejectedInputException("tags", "At most " + RelationshipProfile.MAX_TAGS + " tags fit; there are "
                    + byFolded.size() + ".");
        }
        return List.copyOf(byFolded.values());
    }

    private static String abbreviated(String tag) {
        String stripped = tag == null ? "" : tag.strip();
        return stripped.length() <= 20 ? stripped : stripped.substring(0, 20) + "…";
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
