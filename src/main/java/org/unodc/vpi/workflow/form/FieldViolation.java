package org.unodc.vpi.workflow.form;

import java.util.List;

/**
 * One thing wrong with a submitted field: the field, a message code of the {@code messages} bundle
 * and its arguments (the field's label comes first).
 */
public record FieldViolation(String key, String code, List<Object> arguments) {}
