package org.campussms.it.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GraphQL operations the tests use, each document written once, as the front end would send it, and called
 * as one user with typed arguments. A document selects every field any test reads of its operation; an argument
 * some tests leave out is a nullable variable they pass as null.
 */
public final class CampusApi {

    /** A pool as the tests read it, from every operation that returns one. */
    private static final String POOL_FIELDS = """
            fragment PoolFields on Pool {
              id name myAccess sendingWindow
              footer { text custom intervalDays }
              members { staffUserId name access }
              numbers { number kind segmentsPerSecond }
            }
            """;

    /** A bulk send's progress as the tests read it, asked for or pushed. */
    private static final String PROGRESS_FIELDS = """
            fragment ProgressFields on BulkSendProgress {
              id status sms email skipped
              notYetQueued queued sending sent delivered undelivered failed fellBackToEmail
              emailsPending emailsSent emailsFailed finished
            }
            """;

    /** A consent event as the tests read it, recorded or in the history. */
    private static final String EVENT_FIELDS = """
            fragment EventFields on ConsentEvent {
              id personId phone scope poolId action source detail actorStaffUserId occurredAt
            }
            """;

    private final String token;
    private final String baseUrl;

    /** A client that calls as the user of this token; null calls anonymously. */
    public CampusApi(String token) {
        this(token, TestEnvironment.baseUrl());
    }

    private CampusApi(String token, String baseUrl) {
        this.token = token;
        this.baseUrl = baseUrl;
    }

    /** The same user calling the server at {@code baseUrl} (a node of a cluster). */
    public CampusApi at(String baseUrl) {
        return new CampusApi(token, baseUrl);
    }

    public Answer me() {
        return send("me", """
                query {
                  me { id subject name email roles personalNumber { number status } }
                }
                """, Map.of());
    }

    public Answer pools() {
        return send("pools", """
                query {
                  pools { id name }
                }
                """, Map.of());
    }

    public Answer pool(String id) {
        return send("pool", """
                query($id: ID!) {
                  pool(id: $id) { ...PoolFields }
                }
                """ + POOL_FIELDS, variables("id", id));
    }

    public Answer createPool(String name) {
        return send("createPool", """
                mutation($name: String!) {
                  createPool(name: $name) { ...PoolFields }
                }
                """ + POOL_FIELDS, variables("name", name));
    }

    /** access: a PoolAccess, ROLE or ADMIN. */
    public Answer setPoolMember(String poolId, String staffUserId, String access) {
        return send("setPoolMember", """
                mutation($poolId: ID!, $staffUserId: ID!, $access: PoolAccess!) {
                  setPoolMember(poolId: $poolId, staffUserId: $staffUserId, access: $access) { ...PoolFields }
                }
                """ + POOL_FIELDS, variables("poolId", poolId, "staffUserId", staffUserId, "access", access));
    }

    /** kind: a SenderKind; a null segmentsPerSecond leaves the kind's rate. */
    public Answer addPoolNumber(String poolId, String number, String kind, Integer segmentsPerSecond) {
        return send("addPoolNumber", """
                mutation($poolId: ID!, $number: String!, $kind: SenderKind!, $segmentsPerSecond: Int) {
                  addPoolNumber(poolId: $poolId, number: $number, kind: $kind,
                                segmentsPerSecond: $segmentsPerSecond) { ...PoolFields }
                }
                """ + POOL_FIELDS, variables("poolId", poolId, "number", number, "kind", kind,
                "segmentsPerSecond", segmentsPerSecond));
    }

    public Answer setPoolFooter(String poolId, String text, int intervalDays) {
        return send("setPoolFooter", """
                mutation($poolId: ID!, $text: String, $intervalDays: Int!) {
                  setPoolFooter(poolId: $poolId, text: $text, intervalDays: $intervalDays) { ...PoolFields }
                }
                """ + POOL_FIELDS, variables("poolId", poolId, "text", text, "intervalDays", intervalDays));
    }

    /** people: PersonInput objects. */
    public Answer importPeople(List<Map<String, Object>> people) {
        return send("importPeople", """
                mutation($people: [PersonInput!]!) {
                  importPeople(people: $people) { created updated }
                }
                """, variables("people", people));
    }

    public Answer searchContacts(String text) {
        return send("searchContacts", """
                query($text: String!) {
                  searchContacts(text: $text) {
                    total
                    contacts {
                      id firstName lastName kind
                      records { type externalId }
                      mobiles { recordType number }
                    }
                  }
                }
                """, variables("text", text));
    }

    public Answer setCaseload(String staffUserId, List<String> studentIds) {
        return send("setCaseload", """
                mutation($staffUserId: ID!, $studentIds: [String!]!) {
                  setCaseload(staffUserId: $staffUserId, studentIds: $studentIds) { id }
                }
                """, variables("staffUserId", staffUserId, "studentIds", studentIds));
    }

    public Answer myCaseload() {
        return send("myCaseload", """
                query {
                  myCaseload { id firstName records { externalId } }
                }
                """, Map.of());
    }

    /** Texts the person from the pool, to whichever of their mobiles the server picks. */
    public Answer sendMessage(String poolId, String personId, String body) {
        return sendMessage(poolId, false, personId, null, body);
    }

    /** Texts the person from the pool, to the mobile of their record of this RecordType. */
    public Answer sendMessage(String poolId, String personId, String recordType, String body) {
        return sendMessage(poolId, false, personId, recordType, body);
    }

    /** Texts the person from the caller's personal number. */
    public Answer sendPersonal(String personId, String body) {
        return sendMessage(null, true, personId, null, body);
    }

    private Answer sendMessage(String poolId, boolean personal, String personId, String recordType, String body) {
        return send("sendMessage", """
                mutation($poolId: ID, $personal: Boolean!, $personId: ID!, $recordType: RecordType,
                         $body: String!) {
                  sendMessage(poolId: $poolId, personal: $personal, personId: $personId, recordType: $recordType,
                              body: $body) {
                    id conversationId status footerAppended
                  }
                }
                """, variables("poolId", poolId, "personal", personal, "personId", personId,
                "recordType", recordType, "body", body));
    }

    public Answer conversation(String id) {
        return send("conversation", """
                query($id: ID!) {
                  conversation(id: $id) {
                    id contactNumber unreadCount
                    messages {
                      id channel status errorCode errorMessage to emailAddress body sentText insteadOfMessageId
                    }
                    replies { id from body contactMatch personIds routingReason consentAction }
                  }
                }
                """, variables("id", id));
    }

    /** The inbox; filter: InboxFilter fields by name, null values allowed. */
    public Answer conversations(Map<String, Object> filter) {
        return send("conversations", """
                query($filter: InboxFilter) {
                  conversations(filter: $filter) {
                    id poolId personal contactNumber unreadCount lastMessage lastDirection
                  }
                }
                """, variables("filter", filter));
    }

    /** A page of the inbox, ready to show; after: the previous page's nextCursor, or null. */
    public Answer inbox(Map<String, Object> filter, int first, String after) {
        return send("inbox", """
                query($filter: InboxFilter, $first: Int!, $after: String) {
                  inbox(filter: $filter, first: $first, after: $after) {
                    rows {
                      id poolId poolName personal contactNumber candidates unreadCount lastMessage lastDirection
                      lastStatus assignee { staffUserId name }
                      contact { id firstName lastName kind records { type externalId } }
                    }
                    nextCursor
                  }
                }
                """, variables("filter", filter, "first", first, "after", after));
    }

    public Answer inboxCounts() {
        return send("inboxCounts", """
                query {
                  inboxCounts { needsReply unread personalNeedsReply personalUnread mineUnread unassignedNeedsReply
                                pools { poolId poolName needsReply unread } }
                }
                """, Map.of());
    }

    private static final String TIMELINE_FIELDS = """
            fragment TimelineFields on TimelinePage {
              items {
                kind at conversationId sentByStaffUserId sentByName
                text { id body status channel }
                email { id channel status insteadOfMessageId }
                reply { id body }
                consent { action scope source }
                note { id body author { name } mentioned { staffUserId name } }
              }
              olderCursor
            }
            """;

    public Answer conversationTimeline(String id, int last, String before) {
        return send("conversationTimeline", """
                query($id: ID!, $last: Int!, $before: String) {
                  conversationTimeline(id: $id, last: $last, before: $before) { ...TimelineFields }
                }
                """ + TIMELINE_FIELDS, variables("id", id, "last", last, "before", before));
    }

    public Answer personTimeline(String personId, int last, String before) {
        return send("personTimeline", """
                query($personId: ID!, $last: Int!, $before: String) {
                  personTimeline(personId: $personId, last: $last, before: $before) { ...TimelineFields }
                }
                """ + TIMELINE_FIELDS, variables("personId", personId, "last", last, "before", before));
    }

    /** A contact with each mobile's consent as the caller sees it. */
    public Answer contact(String id) {
        return send("contact", """
                query($id: ID!) {
                  contact(id: $id) {
                    id firstName lastName
                    mobiles {
                      number recordType
                      consent { optedOut optOuts { scope poolId source action } lastOptIn { source occurredAt } }
                    }
                  }
                }
                """, variables("id", id));
    }

    /** A contact's guardians and, for a guardian, their students. */
    public Answer family(String id) {
        return send("contact", """
                query($id: ID!) {
                  contact(id: $id) { guardians { id firstName } guardianOf { id firstName } }
                }
                """, variables("id", id));
    }

    public Answer previewMessage(String poolId, String personId, String recordType, String body) {
        return send("previewMessage", """
                query($poolId: ID, $personId: ID!, $recordType: RecordType, $body: String!) {
                  previewMessage(poolId: $poolId, personId: $personId, recordType: $recordType, body: $body) {
                    from to recordType sentText footerAppended segments encoding notGsm7 channel emailTo reason
                  }
                }
                """, variables("poolId", poolId, "personId", personId, "recordType", recordType, "body", body));
    }

    public Answer searchStaff(String text) {
        return send("searchStaff", """
                query($text: String!) {
                  searchStaff(text: $text) { staffUserId name email }
                }
                """, variables("text", text));
    }

    public Answer searchMessages(String text, Map<String, Object> filter) {
        return searchMessages(text, filter, 0, 20);
    }

    public Answer searchMessages(String text, Map<String, Object> filter, int offset, int limit) {
        return send("searchMessages", """
                query($text: String!, $filter: MessageSearchFilter, $offset: Int!, $limit: Int!) {
                  searchMessages(text: $text, filter: $filter, offset: $offset, limit: $limit) {
                    hits { direction note messageId conversationId poolId poolName personId contactNumber body at }
                    more complete
                  }
                }
                """, variables("text", text, "filter", filter, "offset", offset, "limit", limit));
    }

    public Answer downloadTicket() {
        return send("downloadTicket", """
                mutation {
                  downloadTicket
                }
                """, Map.of());
    }

    public Answer savedReplies(String poolId) {
        return send("savedReplies", """
                query($poolId: ID) {
                  savedReplies(poolId: $poolId) { id poolId title body }
                }
                """, variables("poolId", poolId));
    }

    /** id null creates; poolId null makes the caller's own. */
    public Answer saveReply(String id, String poolId, String title, String body) {
        return send("saveReply", """
                mutation($input: SavedReplyInput!) {
                  saveReply(input: $input) { id poolId title body }
                }
                """, variables("input", variables("id", id, "poolId", poolId, "title", title, "body", body)));
    }

    public Answer deleteSavedReply(String id) {
        return send("deleteSavedReply", """
                mutation($id: ID!) {
                  deleteSavedReply(id: $id)
                }
                """, variables("id", id));
    }

    public Answer setPoolSendingWindow(String poolId, String window) {
        return send("setPoolSendingWindow", """
                mutation($poolId: ID!, $window: String!) {
                  setPoolSendingWindow(poolId: $poolId, window: $window) { id sendingWindow }
                }
                """, variables("poolId", poolId, "window", window));
    }

    public Answer setPersonTimeZone(String personId, String timeZone) {
        return send("setPersonTimeZone", """
                mutation($personId: ID!, $timeZone: String) {
                  setPersonTimeZone(personId: $personId, timeZone: $timeZone) { id timeZone }
                }
                """, variables("personId", personId, "timeZone", timeZone));
    }

    /** workingHours null: no alerts. */
    public Answer setPoolUnansweredAlert(String poolId, Integer workingHours) {
        return send("setPoolUnansweredAlert", """
                mutation($poolId: ID!, $hours: Int) {
                  setPoolUnansweredAlert(poolId: $poolId, workingHours: $hours) { id unansweredAlertHours }
                }
                """, variables("poolId", poolId, "hours", workingHours));
    }

    public Answer markConversationRead(String id) {
        return send("markConversationRead", """
                mutation($id: ID!) {
                  markConversationRead(id: $id) { id unreadCount }
                }
                """, variables("id", id));
    }

    public Answer markConversationUnread(String id) {
        return send("markConversationUnread", """
                mutation($id: ID!) {
                  markConversationUnread(id: $id) { id unreadCount }
                }
                """, variables("id", id));
    }

    /** staffUserId null: to nobody. */
    public Answer assignConversation(String id, String staffUserId) {
        return send("assignConversation", """
                mutation($id: ID!, $staffUserId: ID) {
                  assignConversation(id: $id, staffUserId: $staffUserId) { id assignee { staffUserId name } }
                }
                """, variables("id", id, "staffUserId", staffUserId));
    }

    public Answer setPoolAssignOnAnswer(String poolId, boolean assign) {
        return send("setPoolAssignOnAnswer", """
                mutation($poolId: ID!, $assign: Boolean!) {
                  setPoolAssignOnAnswer(poolId: $poolId, assign: $assign) { id assignOnAnswer }
                }
                """, variables("poolId", poolId, "assign", assign));
    }

    /** mentions: staff user ids, or null. */
    public Answer addNote(String conversationId, String body, List<String> mentions) {
        return send("addNote", """
                mutation($conversationId: ID!, $body: String!, $mentions: [ID]) {
                  addNote(input: { conversationId: $conversationId, body: $body, mentions: $mentions }) {
                    id conversationId body author { staffUserId name } mentioned { staffUserId name }
                  }
                }
                """, variables("conversationId", conversationId, "body", body, "mentions", mentions));
    }

    public Answer removePoolMember(String poolId, String staffUserId) {
        return send("removePoolMember", """
                mutation($poolId: ID!, $staffUserId: ID!) {
                  removePoolMember(poolId: $poolId, staffUserId: $staffUserId) { id }
                }
                """, variables("poolId", poolId, "staffUserId", staffUserId));
    }

    public Answer inboundMessage(String id) {
        return send("inboundMessage", """
                query($id: ID!) {
                  inboundMessage(id: $id) { id routingReason }
                }
                """, variables("id", id));
    }

    /** input: ConsentInput fields by name. */
    public Answer recordConsent(Map<String, Object> input) {
        return send("recordConsent", """
                mutation($input: ConsentInput!) {
                  recordConsent(input: $input) { ...EventFields }
                }
                """ + EVENT_FIELDS, variables("input", input));
    }

    public Answer consentHistory(String personId) {
        return send("consentHistory", """
                query($personId: ID!) {
                  consentHistory(personId: $personId) { ...EventFields }
                }
                """ + EVENT_FIELDS, variables("personId", personId));
    }

    /** filter: ConsentReportFilter fields by name. */
    public Answer optOutReport(Map<String, Object> filter, int limit) {
        return send("optOutReport", """
                query($filter: ConsentReportFilter, $limit: Int!) {
                  optOutReport(filter: $filter, limit: $limit) {
                    total
                    rows {
                      id personId personName phone action scope poolId poolName source occurredAt
                      actorStaffUserId actorName
                    }
                  }
                }
                """, variables("filter", filter, "limit", limit));
    }

    /** filter: MessageReportFilter fields by name. */
    public Answer messageReport(Map<String, Object> filter, int limit) {
        return send("messageReport", """
                query($filter: MessageReportFilter, $limit: Int!) {
                  messageReport(filter: $filter, limit: $limit) {
                    total
                    rows {
                      id poolId poolName personal senderNumber to personId personName status errorCode
                      sentByStaffUserId sentByName body
                    }
                  }
                }
                """, variables("filter", filter, "limit", limit));
    }

    /** Plans a text from the pool to these people. */
    public Answer planBulkSend(String poolId, List<String> personIds, String body) {
        return send("planBulkSend", """
                mutation($poolId: ID!, $personIds: [ID!], $body: String!) {
                  planBulkSend(poolId: $poolId, audience: {personIds: $personIds}, body: $body) {
                    id sms email skipped skipReasons { reason count } segments segmentsPerSecond estimatedSeconds
                    heldForWindow heldUntil sendingWindow
                  }
                }
                """, variables("poolId", poolId, "personIds", personIds, "body", body));
    }

    public Answer startBulkSend(String planId) {
        return send("startBulkSend", """
                mutation($planId: ID!) {
                  startBulkSend(planId: $planId) { ...ProgressFields }
                }
                """ + PROGRESS_FIELDS, variables("planId", planId));
    }

    public Answer bulkSend(String id) {
        return send("bulkSend", """
                query($id: ID!) {
                  bulkSend(id: $id) { ...ProgressFields }
                }
                """ + PROGRESS_FIELDS, variables("id", id));
    }

    public Answer subscriptionTicket() {
        return send("subscriptionTicket", """
                query {
                  subscriptionTicket
                }
                """, Map.of());
    }

    /** The progress of the bulk send, pushed to the holder of the ticket (from {@link #subscriptionTicket()}). */
    public static Subscriptions.Request bulkSendProgress(String id, String ticket) {
        return new Subscriptions.Request(ticket, """
                subscription($id: ID!) {
                  bulkSendProgress(id: $id) { ...ProgressFields }
                }
                """ + PROGRESS_FIELDS, variables("id", id));
    }

    /** Everything that changes in what the holder of the ticket may see, live. */
    public static Subscriptions.Request inboxEvents(String ticket) {
        return new Subscriptions.Request(ticket, """
                subscription {
                  inboxEvents {
                    kind at conversationId unreadCount byStaffUserId assigneeStaffUserId mentionedStaffUserId
                    reply { id body poolId }
                    text { id status errorCode }
                    consent { phone action scope source }
                  }
                }
                """, Map.of());
    }

    private Answer send(String field, String document, Map<String, Object> variables) {
        return new Answer(Http.graphqlAt(baseUrl, token, document, variables), field);
    }

    /** Variables by name and value, in pairs; unlike Map.of, a value may be null (sent as JSON null). */
    private static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }
}
