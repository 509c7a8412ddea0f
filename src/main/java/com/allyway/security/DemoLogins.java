package com.allyway.security;

import java.util.List;

/**
 * Sign-in names and the password the login page lists while demo mode is on. Implemented by the demo data; when
 * demo mode is off, {@link #logins()} is empty and the login page lists nothing.
 */
public interface DemoLogins {

    String password();

    List<Login> logins();

    /** @param who what the account is, e.g. "Partner at Northwind Advisory" */
    record Login(String email, String who) {
    }
}
