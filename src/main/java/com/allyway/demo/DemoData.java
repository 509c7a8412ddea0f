package com.allyway.demo;

import com.allyway.relationship.RelationshipType;
import com.allyway.security.Role;
import java.util.EnumSet;
import java.util.List;

/**
 * The demo company's people and organizations. Every demo account shares one password, shown on the login page
 * while demo mode is on; none of this is created when demo mode is off.
 */
public final class DemoData {

    /** Long enough for the password policy and not on its list of common passwords. */
    public static final String PASSWORD = "allyway-demo-2026";

    record DemoOrganization(String name, RelationshipType type, String website) {
    }

    static final List<DemoOrganization> ORGANIZATIONS = List.of(
            new DemoOrganization("Harbor & Finch Consulting", RelationshipType.ALLY, "https://harborfinch.example"),
            new DemoOrganization("Kestrel Labs", RelationshipType.ALLY, "https://kestrel-labs.example"),
            new DemoOrganization("Marlowe Legal", RelationshipType.ALLY, null),
            new DemoOrganization("Northwind Advisory", RelationshipType.REFERRAL_PARTNER,
                    "https://northwind.example"),
            new DemoOrganization("Brightpath Digital", RelationshipType.REFERRAL_PARTNER,
                    "https://brightpath.example"));

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("founder@allyway.example", "Fiona Reyes", EnumSet.of(Role.FOUNDER, Role.ADMIN), null),
            new DemoAccount("finance@allyway.example", "Felix Chen", EnumSet.of(Role.FINANCE), null),
            new DemoAccount("staff@allyway.example", "Sam Patel", EnumSet.of(Role.STAFF), null),
            new DemoAccount("admin@allyway.example", "Ada Novak", EnumSet.of(Role.ADMIN), null),
            new DemoAccount("maya@northwind.example", "Maya Lindqvist",
                    EnumSet.of(Role.PARTNER, Role.ORGANIZATION_ADMIN), "Northwind Advisory"),
            new DemoAccount("jonas@northwind.example", "Jonas Berg", EnumSet.of(Role.PARTNER),
                    "Northwind Advisory"),
            new DemoAccount("zoe@brightpath.example", "Zoë Müller-Łukasz", EnumSet.of(Role.PARTNER),
                    "Brightpath Digital"));

    private DemoData() {
    }
}
