package com.allyway.partner;

import com.allyway.security.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

interface UserAccountRepository extends MongoRepository<UserAccount, String> {

    Optional<UserAccount> findByEmail(String normalizedEmail);

    boolean existsByEmail(String normalizedEmail);

    List<UserAccount> findByEmailContainingOrDisplayNameContainingIgnoreCase(String email, String displayName,
            Pageable page);

    long countByEmailContainingOrDisplayNameContainingIgnoreCase(String email, String displayName);

    List<UserAccount> findByRolesContainingAndActiveTrue(Role role, Sort sort);

    List<UserAccount> findByOrganizationId(String organizationId, Sort sort);
}
