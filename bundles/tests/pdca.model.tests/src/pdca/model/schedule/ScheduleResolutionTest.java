package pdca.model.schedule;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Deadlines resolved against the plan's year: due dates, quarters for the review meeting, roll-over. */
class ScheduleResolutionTest {

    private static final int PLAN_106 = 106;

    private static final Schedule QUARTERLY = Schedule.parse("3 月、6 月、9\n月、12月完成");

    @Test
    void doneByJuneThenOngoingIsDueAtTheEndOfJune() {
        Schedule schedule = Schedule.parse("6月完成並持續辦理");
        assertEquals(List.of(LocalDate.of(2017, 6, 30)), schedule.dueDates(PLAN_106));
        assertEquals(Optional.of(LocalDate.of(2017, 6, 30)), schedule.finalDeadline(PLAN_106));
        assertEquals(Set.of(2), schedule.dueQuarters(PLAN_106));
        assertTrue(schedule.ongoingAfterDeadline());
    }

    @Test
    void quarterlyDeadlineIsDueAtEveryQuarterEnd() {
        assertEquals(List.of(LocalDate.of(2017, 3, 31), LocalDate.of(2017, 6, 30), LocalDate.of(2017, 9, 30),
                LocalDate.of(2017, 12, 31)), QUARTERLY.dueDates(PLAN_106));
        assertEquals(Set.of(1, 2, 3, 4), QUARTERLY.dueQuarters(PLAN_106));
        assertEquals(Optional.of(LocalDate.of(2017, 12, 31)), QUARTERLY.finalDeadline(PLAN_106));
        assertFalse(QUARTERLY.ongoingAfterDeadline());
    }

    @Test
    void halfYearlyDeadlineIsDueInTheSecondAndFourthQuarter() {
        Schedule schedule = Schedule.parse("每年或半年辦理（6 月或 12月底）");
        assertEquals(Set.of(2, 4), schedule.dueQuarters(PLAN_106));
        assertEquals(List.of(2, 4), List.copyOf(schedule.dueQuarters(PLAN_106)), "in quarter order");
    }

    @Test
    void monthWithoutYearMeansThePlansYear() {
        Schedule december = Schedule.parse("12月");
        assertEquals(List.of(LocalDate.of(2017, 12, 31)), december.dueDates(106));
        assertEquals(List.of(LocalDate.of(2018, 12, 31)), december.dueDates(107));
    }

    @Test
    void februaryDeadlineFollowsLeapYears() {
        Schedule february = Schedule.parse("2月完成");
        assertEquals(List.of(LocalDate.of(2016, 2, 29)), february.dueDates(105));
        assertEquals(List.of(LocalDate.of(2017, 2, 28)), february.dueDates(106));
    }

    @Test
    void writtenYearWinsOverThePlansYear() {
        Schedule schedule = Schedule.parse("107 年 12\n月");
        assertEquals(List.of(LocalDate.of(2018, 12, 31)), schedule.dueDates(106));
        assertEquals(Set.of(), schedule.dueQuarters(106), "not due in plan year 106");
        assertEquals(Set.of(4), schedule.dueQuarters(107));
    }

    @Test
    void rangeIsDueAtItsEnd() {
        Schedule schedule = Schedule.parse("99/1~99/12");
        assertEquals(List.of(LocalDate.of(2010, 12, 31)), schedule.dueDates(99));
        assertEquals(Set.of(4), schedule.dueQuarters(99));
        assertEquals(YearMonth.of(2010, 1), schedule.from());
        assertEquals(YearMonth.of(2010, 12), schedule.to());
        assertEquals(List.of(LocalDate.of(2010, 12, 31)), Schedule.parse("1月至12月").dueDates(99));
    }

    @Test
    void alreadyDoneOrOngoingWorkHasNoDueDate() {
        for (String text : List.of("已完成並持續辦理", "持續辦理")) {
            Schedule schedule = Schedule.parse(text);
            assertAll(text,
                    () -> assertEquals(List.of(), schedule.dueDates(PLAN_106)),
                    () -> assertEquals(Optional.empty(), schedule.finalDeadline(PLAN_106)),
                    () -> assertEquals(Set.of(), schedule.dueQuarters(PLAN_106)),
                    () -> assertTrue(schedule.ongoingAfterDeadline()));
        }
    }

    @Test
    void unreadableDeadlineHasNoDueDate() {
        Schedule schedule = Schedule.parse("視需要辦理");
        assertEquals(List.of(), schedule.dueDates(PLAN_106));
        assertFalse(schedule.ongoingAfterDeadline());
        assertEquals(Optional.empty(), schedule.nextDueOnOrAfter(LocalDate.of(2017, 1, 1), PLAN_106));
    }

    @Test
    void nextDueDateAsOfAReviewMeeting() {
        assertAll(
                () -> assertEquals(Optional.of(LocalDate.of(2017, 3, 31)),
                        QUARTERLY.nextDueOnOrAfter(LocalDate.of(2017, 1, 1), PLAN_106)),
                () -> assertEquals(Optional.of(LocalDate.of(2017, 6, 30)),
                        QUARTERLY.nextDueOnOrAfter(LocalDate.of(2017, 4, 1), PLAN_106)),
                () -> assertEquals(Optional.of(LocalDate.of(2017, 6, 30)),
                        QUARTERLY.nextDueOnOrAfter(LocalDate.of(2017, 6, 30), PLAN_106), "due that very day"),
                () -> assertEquals(Optional.empty(),
                        QUARTERLY.nextDueOnOrAfter(LocalDate.of(2018, 1, 1), PLAN_106)),
                () -> assertEquals(Optional.of(LocalDate.of(2017, 6, 30)),
                        Schedule.parse("6月完成並持續辦理").nextDueOnOrAfter(LocalDate.of(2017, 6, 1), PLAN_106)));
    }

    @Test
    void planYearMustBeARocYear() {
        assertThrows(IllegalArgumentException.class, () -> QUARTERLY.dueDates(0));
    }

    @Test
    void rollingOverMovesWrittenYears() {
        assertAll(
                () -> assertEquals("100/1~100/12", Schedule.parse("99/1~99/12").shiftYears(1).text()),
                () -> assertEquals(Schedule.range(100, 1, 100, 12), Schedule.parse("99/1~99/12").shiftYears(1)),
                () -> assertEquals("108年12月", Schedule.parse("107 年 12\n月").shiftYears(1).text()),
                () -> assertEquals("107/1~107/12", Schedule.parse("106年1月至12月").shiftYears(1).text()),
                () -> assertEquals("106年6月完成並持續辦理",
                        Schedule.parse("107年6月完成並持續辦理").shiftYears(-1).text()));
    }

    @Test
    void rollingOverKeepsImpliedYearsImplied() {
        Schedule rolled = QUARTERLY.shiftYears(1);
        assertEquals(QUARTERLY, rolled);
        assertEquals("3月、6月、9月、12月完成", rolled.text(), "text is re-formatted");
        assertEquals(LocalDate.of(2018, 12, 31), rolled.finalDeadline(107).orElseThrow());
        assertEquals("持續辦理", Schedule.parse("並持續辦理").shiftYears(1).text());
    }

    @Test
    void rollingOverLeavesUnreadableTextAlone() {
        Schedule schedule = Schedule.parse("視需要辦理");
        assertSame(schedule, schedule.shiftYears(1));
    }

    @Test
    void rollingOverCannotGoBeforeTheFirstRocYear() {
        assertThrows(IllegalArgumentException.class, () -> Schedule.byMonth(1, 12).shiftYears(-1));
    }
}
