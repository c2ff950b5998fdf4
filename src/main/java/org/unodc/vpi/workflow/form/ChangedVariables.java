package org.unodc.vpi.workflow.form;

import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The variables the current engine command has created, changed or removed, read from the
 * command's entity cache. A value submitted again unchanged (as Tasklist does with read-only
 * fields) does not count as changed.
 */
final class ChangedVariables {

  private ChangedVariables() {}

  /** Name to value type ({@code string}, {@code long}, {@code object}...) of each changed variable. */
  static Map<String, String> inCurrentCommand() {
    Map<String, String> types = new TreeMap<>();
    for (CachedDbEntity cached : Context.getCommandContext().getDbEntityManager().getDbEntityCache().getCachedEntities()) {
      if (cached.getEntity() instanceof VariableInstanceEntity variable && isChanged(cached)) {
        types.put(variable.getName(), variable.getTypeName());
      }
    }
    return types;
  }

  private static boolean isChanged(CachedDbEntity cached) {
    DbEntityState state = cached.getEntityState();
    return state != DbEntityState.PERSISTENT || cached.isDirty();
  }
}
