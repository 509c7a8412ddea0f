package com.allyway.partner;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface OrganizationRepository extends MongoRepository<Organization, String> {

    List<Organization> findByNormalizedNameContaining(String text, Pageable page);

    long countByNormalizedNameContaining(String text);

    boolean existsByNormalizedName(String normalizedName);
}
