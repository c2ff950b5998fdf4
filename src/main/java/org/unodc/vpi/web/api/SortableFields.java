package org.unodc.vpi.web.api;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.unodc.vpi.record.InvalidRecordException;

/** The fields a list may be sorted by; any other sort is refused with the allowed ones named. */
final class SortableFields {

  private SortableFields() {}

  static Pageable check(Pageable page, Set<String> allowed) {
    for (Sort.Order order : page.getSort()) {
      if (!allowed.contains(order.getProperty())) {
        throw new InvalidRecordException("sort", "api.problem.badSort.detail", order.getProperty(),
            String.join(", ", new TreeSet<>(allowed)));
      }
    }
    return page;
  }
}
