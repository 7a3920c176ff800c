package org.campussms.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentsTest {

    @Test
    void gsm7TextsTake160InOneSegmentAnd153PerSegmentWhenSplit() {
        assertEquals(new Segments(Segments.Encoding.GSM7, 1), Segments.of("a".repeat(160)));
        assertEquals(new Segments(Segments.Encoding.GSM7, 2), Segments.of("a".repeat(161)));
        assertEquals(new Segments(Segments.Encoding.GSM7, 2), Segments.of("a".repeat(306)));
        assertEquals(new Segments(Segments.Encoding.GSM7, 3), Segments.of("a".repeat(307)));
    }

    @Test
    void extensionCharactersCountTwice() {
        assertEquals(1, Segments.of("€".repeat(80)).count());
        assertEquals(2, Segments.of("€".repeat(81)).count());
    }

    @Test
    void anythingElseGoesAsUcs2With70And67() {
        assertEquals(new Segments(Segments.Encoding.UCS2, 1), Segments.of("✅" + "a".repeat(69)));
        assertEquals(new Segments(Segments.Encoding.UCS2, 2), Segments.of("✅" + "a".repeat(70)));
        assertEquals(new Segments(Segments.Encoding.UCS2, 3), Segments.of("😀" + "a".repeat(133)));
    }

    @Test
    void theCharactersGsm7LacksAreNamedOnceEachInOrder() {
        assertEquals(List.of("í", "😀"), Segments.notGsm7("Hola María, sí 😀 í"));
        assertEquals(List.of(), Segments.notGsm7("Café at 10: €5 {room} é"), "é and € are GSM-7");
    }
}
