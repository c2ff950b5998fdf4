package org.unodc.vpi.taskforce;

import java.util.List;

/**
 * What a user can say about a task force.
 *
 * @param theme the thematic question it works on, e.g. "Protection of witnesses of trafficking"
 * @param members at least one of each {@link MemberSide}
 */
public record TaskForceDetails(String name, String theme, List<TaskForceMember> members) {

  public TaskForceDetails {
    name = name == null ? null : name.strip();
    theme = theme == null ? null : theme.strip();
    members = members == null ? List.of() : List.copyOf(members);
  }
}
