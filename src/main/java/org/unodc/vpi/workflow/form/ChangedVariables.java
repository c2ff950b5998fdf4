package org.unodc.vpi.workflow.form;

import java.util.Set;
import java.util.TreeSet;
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

  static Set<String> inCurrentCommand() {
    Set<String> names = new TreeSet<>();
    for (CachedDbEntity cached : Context.getCommandContext().getDbEntityManager().getDbEntityCache().getCachedEntities()) {
      if (cached.getEntity() instanceof VariableInstanceEntity variable && isChanged(cached)) {
        names.add(variable.getName());
      }
    }
    return names;
  }

  private static boolean isChanged(CachedDbEntity cached) {
    DbEntityState state = cached.getEntityState();
    return state != DbEntityState.PERSISTENT || cached.isDirty();
  }
}
