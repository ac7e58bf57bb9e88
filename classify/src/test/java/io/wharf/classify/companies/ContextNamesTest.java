package io.wharf.classify.companies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Companies the gazetteer lacks, named by the words around them (issue 15). Passages and firms invented for these tests. */
class ContextNamesTest {
    private static java.util.List<String> names(String text) {
        return FalseFriendsTest.names(text);
    }

    @Test
    void anAppositiveNamesAStartup() {
        assertThat(names("Kubeshield, a Boston-based startup, said on Tuesday that it had hired a sales chief."))
                .containsExactly("name:kubeshield");
        assertThat(names("Its rival Quillmesh is a Denver-based company that sells tracing tools.")).containsExactly("name:quillmesh");
    }

    @Test
    void anAppositiveNamesAStartupInATranscript() {
        assertThat(names("kubeshield a boston based startup said on tuesday that it had hired a sales chief"))
                .containsExactly("name:kubeshield");
    }

    @Test
    void backedByNamesTheInvestors() {
        assertThat(names("The company is backed by Northwind Partners and Fenwick Growth, among others."))
                .containsExactly("name:northwind partners", "name:fenwick growth");
    }

    @Test
    void aPossessiveFounderNamesTheCompany() {
        assertThat(names("Kubeshield's founder told reporters that the product would ship in May.")).containsExactly("name:kubeshield");
        assertThat(names("kubeshield s founder told reporters that the product would ship in may")).containsExactly("name:kubeshield");
    }

    @Test
    void theFounderOfNamesTheCompany() {
        assertThat(names("Mara Lind, the founder of Tidewater Systems, spoke first.")).containsExactly("name:tidewater systems");
    }

    /** "a company spokesperson" describes a person, and "the company" names nobody. */
    @Test
    void aPersonsRoleIsNoCompany() {
        assertThat(names("Mara Lind, a company spokesperson, declined to comment.")).isEmpty();
        assertThat(names("The company is a Boston-based startup that sells tracing tools.")).isEmpty();
    }
}
