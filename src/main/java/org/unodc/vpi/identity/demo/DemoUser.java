package org.unodc.vpi.identity.demo;

/** A demo account: its login, name, role group and country (null for coordinators: all countries). */
public record DemoUser(String id, String firstName, String lastName, String role, String country) {

  public String email() {
    return id + "@vpi.example";
  }
}
