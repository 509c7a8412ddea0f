package com.allyway.api;

import com.allyway.introduction.Introduction;
import com.allyway.introduction.IntroductionDetails;
import com.allyway.introduction.IntroductionFilter;
import com.allyway.introduction.IntroductionService;
import com.allyway.introduction.IntroductionStatus;
import com.allyway.introduction.LoggedIntroduction;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Introductions for a partner's own systems, with the same checks as the portal: everything goes through
 * {@link IntroductionService}, so validation, duplicate detection and "only your own organization" apply exactly as
 * for a person at that partner. The key decides the organization; nothing in a request can name another.
 */
@RestController
@RequestMapping("/api/v1/introductions")
class IntroductionApiController {

    static final int MAX_PAGE_SIZE = 100;

    /** What a partner's system sends to log an introduction; only the first four fields are required. */
    record NewIntroduction(String prospectCompany, String prospectWebsite, String contactName, String contactEmail,
            String contactRole, String whyGoodFit, String introducedBy, LocalDate introducedOn) {

        IntroductionDetails details() {
            return new IntroductionDetails(prospectCompany, prospectWebsite, contactName, contactEmail, contactRole,
                    whyGoodFit, introducedBy, introducedOn);
        }
    }

    /**
     * An introduction as its partner sees it (staff-only fields such as conflicts and owners never appear).
     *
     * @param prospectAlreadyKnown set on the answer to logging: the prospect was introduced before, by anyone
     */
    record IntroductionResource(String id, String prospectCompany, String prospectWebsite, String contactName,
            String contactEmail, String contactRole, String whyGoodFit, String introducedBy, LocalDate introducedOn,
            IntroductionStatus status, String declineReason, LocalDate wonOn, Instant loggedAt,
            Instant lastActivityAt, Boolean prospectAlreadyKnown) {

        static IntroductionResource of(Introduction introduction, Boolean prospectAlreadyKnown) {
            return new IntroductionResource(introduction.getId(), introduction.getProspectCompany(),
                    introduction.getProspectWebsite(), introduction.getContactName(), introduction.getContactEmail(),
                    introduction.getContactRole(), introduction.getWhyGoodFit(), introduction.getIntroducedBy(),
                    introduction.getIntroducedOn(), introduction.getStatus(), introduction.getDeclineReason(),
                    introduction.getWonOn(), introduction.getLoggedAt(), introduction.getLastActivityAt(),
                    prospectAlreadyKnown);
        }
    }

    private final IntroductionService introductions;

    IntroductionApiController(IntroductionService introductions) {
        this.introductions = introductions;
    }

    @PostMapping
    ResponseEntity<IntroductionResource> log(@RequestBody NewIntroduction body) {
        // The key's organization: a partner caller always logs for its own relationship.
        LoggedIntroduction logged = introductions.log(null, body.details());
        Introduction introduction = introductions.find(logged.id()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/introductions/" + logged.id()))
                .body(IntroductionResource.of(introduction, logged.prospectAlreadyKnown()));
    }

    /** The organization's introductions, most recently active first, a page at a time (0-based). */
    @GetMapping
    List<IntroductionResource> list(@RequestParam(required = false) IntroductionStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        PageRequest request = PageRequest.of(Math.max(0, page), Math.clamp(size, 1, MAX_PAGE_SIZE),
                Sort.by(Sort.Direction.DESC, "lastActivityAt"));
        return introductions.list(new IntroductionFilter(status, null, null, null, null, null), request).stream()
                .map(introduction -> IntroductionResource.of(introduction, null)).toList();
    }

    @GetMapping("/{id}")
    IntroductionResource find(@PathVariable String id) {
        return introductions.find(id).map(introduction -> IntroductionResource.of(introduction, null))
                .orElseThrow(() -> new ApiProblems.NotFound("Your organization has no introduction " + id + "."));
    }
}
