package org.unodc.vpi.web.api;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list, with what a client needs to ask for the next one. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
    return new PageView<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
        page.getTotalElements(), page.getTotalPages());
  }
}
