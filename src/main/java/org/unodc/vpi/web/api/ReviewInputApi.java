package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unodc.vpi.calendar.ReviewCluster;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.initiative.InitiativeRegister;
import org.unodc.vpi.reviewinput.ReviewInput;
import org.unodc.vpi.reviewinput.ReviewInputDetails;
import org.unodc.vpi.reviewinput.ReviewInputFilter;
import org.unodc.vpi.reviewinput.ReviewInputs;

@Tag(name = "Review input", description = "Input of civil society, academia and the private sector to the"
    + " country's UNTOC review (menu of options, level B): recorded by civil society, read and answered by the"
    + " government review team of the same country")
@RestController
@RequestMapping("/api/review-inputs")
class ReviewInputApi {

  static final Set<String> SORTABLE = Set.of("id", "submittedOn", "reviewCluster", "country", "updatedAt",
      "respondedAt");

  /** New input to the review of a VPI's country. */
  record NewReviewInputRequest(
      @NotNull Long initiativeId,
      ReviewCluster reviewCluster,
      @PositiveOrZero Long milestoneId,
      @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> organisations,
      @NotBlank @Size(max = 20000) String text,
      LocalDate submittedOn) {

    ReviewInputDetails details() {
      return new ReviewInputDetails(reviewCluster, milestoneId, organisations, text, submittedOn);
    }
  }

  /** Changed input, with the version read; its VPI stays as it is. */
  record ReviewInputChangeRequest(
      ReviewCluster reviewCluster,
      @PositiveOrZero Long milestoneId,
      @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> organisations,
      @NotBlank @Size(max = 20000) String text,
      LocalDate submittedOn,
      @PositiveOrZero Long version) {

    ReviewInputDetails details() {
      return new ReviewInputDetails(reviewCluster, milestoneId, organisations, text, submittedOn);
    }
  }

  /** The government's acknowledgement or response, with the version of the input read. */
  record ReviewResponseRequest(@NotBlank @Size(max = 10000) String text, @PositiveOrZero Long version) {}

  record ReviewResponseView(String text, String respondedBy, Instant respondedAt) {}

  record ReviewInputView(long id, String country, long initiativeId, ReviewCluster reviewCluster, Long milestoneId,
      List<String> organisations, String text, LocalDate submittedOn, ReviewResponseView response, long version,
      Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    static ReviewInputView of(ReviewInput i) {
      return new ReviewInputView(i.getId(), i.getCountry(), i.getInitiativeId(), i.getReviewCluster(),
          i.getMilestoneId(), i.getOrganisations(), i.getText(), i.getSubmittedOn(),
          i.isAnswered() ? new ReviewResponseView(i.getResponseText(), i.getRespondedBy(), i.getRespondedAt()) : null,
          i.getVersion(), i.getCreatedAt(), i.getCreatedBy(), i.getUpdatedAt(), i.getUpdatedBy());
    }
  }

  private final ReviewInputs inputs;
  private final InitiativeRegister initiatives;

  ReviewInputApi(ReviewInputs inputs, InitiativeRegister initiatives) {
    this.inputs = inputs;
    this.initiatives = initiatives;
  }

  @Operation(summary = "List the review input of your countries",
      description = "Latest first by default. Filter by initiativeId, country, reviewCluster, milestoneId and"
          + " answered (true: responded to; false: awaiting the government's response). Sort by id, submittedOn,"
          + " reviewCluster, country, updatedAt or respondedAt.")
  @GetMapping
  PageView<ReviewInputView> list(@RequestParam(required = false) String country,
      @RequestParam(required = false) Long initiativeId,
      @RequestParam(required = false) ReviewCluster reviewCluster,
      @RequestParam(required = false) Long milestoneId,
      @Parameter(description = "true: only input the government responded to; false: only input awaiting a response")
      @RequestParam(required = false) Boolean answered,
      @PageableDefault(size = 20, sort = {"submittedOn", "id"}, direction = Sort.Direction.DESC) Pageable page,
      @AuthenticationPrincipal ApiUser user) {
    return PageView.of(inputs.list(new ReviewInputFilter(country, initiativeId, reviewCluster, milestoneId, answered),
        user.scope(), SortableFields.check(page, SORTABLE)), ReviewInputView::of);
  }

  @Operation(summary = "Read one input, with the government's response if it gave one")
  @GetMapping("/{id}")
  ReviewInputView read(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return ReviewInputView.of(inputs.get(id, user.scope()));
  }

  @Operation(summary = "Record input to the review (civil society, coordinators)",
      description = "reviewCluster may be left out when milestoneId names a milestone of the country's review"
          + " calendar: the milestone's cluster is taken. submittedOn defaults to today.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ReviewInputView create(@Valid @RequestBody NewReviewInputRequest request, @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "record input to the review", Roles.CIVIL_SOCIETY, Roles.COORDINATORS);
    String country = Access.countryOfInitiative(initiatives, request.initiativeId(), user);
    return ReviewInputView.of(inputs.create(country, request.initiativeId(), request.details(), user.id()));
  }

  @Operation(summary = "Change input to the review (civil society, coordinators)",
      description = "Only until the government responds. Send the version you read; 409 if someone changed it since.")
  @PutMapping("/{id}")
  ReviewInputView update(@PathVariable long id, @Valid @RequestBody ReviewInputChangeRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "change input to the review", Roles.CIVIL_SOCIETY, Roles.COORDINATORS);
    return ReviewInputView.of(inputs.update(id, Access.requireVersion(request.version()), request.details(),
        user.scope(), user.id()));
  }

  @Operation(summary = "Acknowledge or respond to input (government review team, coordinators)",
      description = "A later response replaces the earlier one; the history keeps both. Send the version of the"
          + " input you read; 409 if someone changed it since.")
  @PutMapping("/{id}/response")
  ReviewInputView respond(@PathVariable long id, @Valid @RequestBody ReviewResponseRequest request,
      @AuthenticationPrincipal ApiUser user) {
    Access.requireRole(user, "respond to input to the review", Roles.GOVERNMENT, Roles.COORDINATORS);
    return ReviewInputView.of(inputs.respond(id, Access.requireVersion(request.version()), request.text(),
        user.scope(), user.id()));
  }

  @Operation(summary = "Who recorded, changed and answered the input, what and when")
  @GetMapping("/{id}/history")
  List<AuditEntryView> history(@PathVariable long id, @AuthenticationPrincipal ApiUser user) {
    return inputs.history(id, user.scope()).stream().map(AuditEntryView::of).toList();
  }
}
