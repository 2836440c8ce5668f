package pdca.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import pdca.model.io.TabularText;

/** The domains of typed and pasted values, and spreadsheet text as Excel and LibreOffice put it on the clipboard. */
class ValuesTest {

	@Test
	void numbersAsPeopleWriteThemAndNothingThatIsNotAFiniteNumber() {
		assertEquals(92.0, Values.number("92"));
		assertEquals(1290.0, Values.number("1,290"));
		assertEquals(85.5, Values.number(" 85.5% "));
		assertEquals(92.0, Values.number("９２"), "full-width digits");
		assertEquals(-3.0, Values.number("-3"));
		for (String bad : List.of("NaN", "Infinity", "-Infinity", "1e400", "1e3", "0x10", "2d", "abc", "", "1.2.3")) {
			assertThrows(NumberFormatException.class, () -> Values.number(bad), bad);
		}
	}

	@Test
	void datesStartWithTheRocCalendar() {
		assertTrue(Values.isRocDate(LocalDate.of(1912, 1, 1)));
		assertFalse(Values.isRocDate(LocalDate.of(1911, 12, 31)));
		assertFalse(Values.isRocDate(null));
	}

	@Test
	void controlCharactersAreLeftOutLineBreaksKeptWhereTheyBelong() {
		assertEquals("a\nb\tc", Values.withoutControlCharacters("a\u0000\nb\u0007\tc\u001b", true));
		assertEquals("a b c", Values.withoutControlCharacters("a\nb\tc", false));
		assertEquals("正常文字", Values.withoutControlCharacters("正常文字", true));
	}

	@Test
	void quotedCellsKeepTheirLineBreaksTabsAndQuotes() {
		String copied = "\"第一行\n第二行\"\t\"說「\"\"好\"\"」\"\r\n\t\"a\tb\"\r\n三\n";
		assertEquals(List.of(List.of("第一行\n第二行", "說「\"好\"」"), List.of("", "a\tb"), List.of("三")),
				TabularText.parse(copied));
	}

	@Test
	void plainRowsAndALastLineWithoutLineEnd() {
		assertEquals(List.of(List.of("a", "b"), List.of("c", "")), TabularText.parse("a\tb\nc\t"));
		assertEquals(List.of(), TabularText.parse(""));
		assertEquals(List.of(List.of("x")), TabularText.parse("x"));
	}
}
