package io.wharf.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineFilterTest {
    @Test
    void dropsPageFurniture() {
        assertThat(LineFilter.keep("Advertisement")).isFalse();
        assertThat(LineFilter.keep("Story continues below")).isFalse();
        assertThat(LineFilter.keep("Updated 10:01 pm PST, Tuesday, November 19, 2019")).isFalse();
        assertThat(LineFilter.keep("Nov. 19, 2019")).isFalse();
        assertThat(LineFilter.keep("By Mara Quill")).isFalse();
        assertThat(LineFilter.keep("By MARA QUILL and IVO BRANDT")).isFalse();
        assertThat(LineFilter.keep("(Reporting by Mara Quill; editing by Ivo Brandt)")).isFalse();
        assertThat(LineFilter.keep("Ivo Brandt contributed to this report.")).isFalse();
        assertThat(LineFilter.keep("Copyright 2019 The Bay Courier. All rights reserved.")).isFalse();
        assertThat(LineFilter.keep("Write to Mara Quill at mara.quill@example.com")).isFalse();
        assertThat(LineFilter.keep("Follow her on Twitter for more stories from the harbour.")).isFalse();
        assertThat(LineFilter.keep("harbour, ferry, night ferry, bay, transport, commuting, hospital")).isFalse();
    }

    @Test
    void keepsSentencesThatLookSimilar() {
        assertThat(LineFilter.keep("By the end of the day, the pier was open again.")).isTrue();
        assertThat(LineFilter.keep("By Tuesday, the pier was open again.")).isTrue();
        assertThat(LineFilter.keep("The council meets on March 5, 2019.")).isTrue();
        assertThat(LineFilter.keep("Follow-up talks are planned for the spring, the mayor said.")).isTrue();
        assertThat(LineFilter.keep("Published in 1850, the harbour guide is still in print.")).isTrue();
        assertThat(LineFilter.keep("— A Night Nurse (@nightnurse) November 18, 2019")).isTrue();
        assertThat(LineFilter.keep("Rain expected")).isTrue();
        assertThat(LineFilter.keep("Tuna, cod, hake and plaice were landed, along with crab.")).isTrue();
    }

    @Test
    void knowsACommentsHeadingInSeveralLanguages() {
        for (String heading : new String[] {"3 Comments", "Comments (12)", "Leave a Reply", "12 responses to \"Tides\"",
                "Kommentare", "Commentaires", "Comentarios:", "Комментарии (4)", "评论", "コメント", "Have your say"}) {
            assertThat(LineFilter.commentsHeading(heading)).as(heading).isTrue();
        }
        for (String line : new String[] {"Comment", "Discussion", "Comments on the draft were due by Friday, he said.",
                "The minister declined to comment on the plan."}) {
            assertThat(LineFilter.commentsHeading(line)).as(line).isFalse();
        }
    }
}
