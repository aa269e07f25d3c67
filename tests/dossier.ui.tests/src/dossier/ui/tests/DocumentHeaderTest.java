package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.document.SourceDocument;
import dossier.ui.internal.editors.DocumentHeader;

class DocumentHeaderTest {

	@Test
	void metadataListsWhatIsKnownInReadingOrder() {
		SourceDocument answer = SourceDocument.builder("wq/1").text("Q\n\nA").house("Commons").department("Home Office")
				.dateAnswered(LocalDate.of(2024, 7, 22)).uin("1612").askingMember("Jess Phillips")
				.answeringMember("Lord Hanson").truncated(true).build();

		assertEquals("Commons \u00b7 Home Office \u00b7 answered 2024-07-22 \u00b7 question 1612 \u00b7 asked by Jess Phillips"
				+ " \u00b7 answered by Lord Hanson \u00b7 the source gives only the start of the text",
				DocumentHeader.metadata(answer));
		assertEquals("", DocumentHeader.metadata(SourceDocument.builder("t").text("x").build()));
	}

	@Test
	void positionNamesTheHitAndItsPage() {
		SourceDocument pdf = SourceDocument.builder("r.pdf").text("one\ntwo Pentameter\nthree").source("r.pdf")
				.pageStarts(List.of(0, 4, 19)).build();

		assertEquals("Source: r.pdf    hit 2 of 3 for Pentameter, page 2 (F3 next, Shift+F3 previous)",
				DocumentHeader.position(pdf, "Pentameter", 3, 1, 8));
		assertEquals("Source: r.pdf    no hits for Interpol", DocumentHeader.position(pdf, "Interpol", 0, -1, 0));
		assertEquals("Source: r.pdf", DocumentHeader.position(pdf, "", 0, -1, 0));
	}
}
