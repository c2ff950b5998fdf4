/**
 * The high-impact level of the menu of options (level C): who sits where. The members of a VPI's
 * Advisory Council and their mandates ({@link org.unodc.vpi.roster.AdvisoryCouncil}), the civil-society
 * observers and experts in the review module REVMOD ({@link org.unodc.vpi.roster.RevmodRoster}), and the
 * non-governmental members of the national delegation to a COP session
 * ({@link org.unodc.vpi.roster.CopDelegation}). People are recorded by name and organisation only: no
 * contact details.
 */
package org.unodc.vpi.roster;
