package org.campussms.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.conversation.infrastructure.OutboundMessageStore;
import org.campussms.directory.application.ContactView;
import org.campussms.directory.application.PeopleLookup;
import org.campussms.platform.PhoneNumber;
import org.campussms.pool.domain.Pool;

/**
 * Makes inbox rows of conversations with a fixed number of queries whatever the page's size: the people with their
 * records and phones, the candidates of unknown numbers, the newest texts' statuses and the assignees' names, each
 * read once per page.
 */
@ApplicationScoped
class InboxRows {

    @Inject
    private PeopleLookup people;

    @Inject
    private OutboundMessageStore outboundMessages;

    @Inject
    private Assignees assigneeNames;

    List<InboxRow> of(List<Conversation> page, Map<Long, Pool> pools) {
        List<Long> personIds = page.stream().map(Conversation::getPersonId).filter(Objects::nonNull).distinct()
                .toList();
        Map<Long, ContactView> contacts = people.loadForTexting(personIds).stream().map(ContactView::of)
                .collect(Collectors.toMap(ContactView::personId, Function.identity()));
        Collection<PhoneNumber> unknown = page.stream().filter(c -> c.getPersonId() == null)
                .map(Conversation::getContact).distinct().toList();
        Map<PhoneNumber, List<PeopleLookup.PhoneOwner>> owners = unknown.isEmpty() ? Map.of()
                : people.ownersOf(unknown);
        Map<Long, MessageStatus> statuses = outboundMessages.lastStatuses(page.stream().map(Conversation::getId)
                .toList());
        Map<Long, StaffName> assignees = assigneeNames.of(page.stream().map(Conversation::getAssigneeStaffUserId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return page.stream().map(c -> new InboxRow(c.getId(), c.getPoolId(),
                c.getPoolId() == null ? null : pools.get(c.getPoolId()) == null ? null
                        : pools.get(c.getPoolId()).getName(),
                c.getOwnerStaffUserId() != null, c.getContact().e164(),
                c.getPersonId() == null ? null : contacts.get(c.getPersonId()),
                c.getPersonId() == null ? owners.getOrDefault(c.getContact(), List.of()).size() : 1,
                c.getLastActivityAt(), c.getLastPreview(), c.getLastDirection(), statuses.get(c.getId()),
                c.getUnreadCount(), c.getAssigneeStaffUserId() == null ? null
                        : assignees.get(c.getAssigneeStaffUserId()))).toList();
    }
}
