package io.wharf.classify.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyReaderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "raised $8.5 million on Tuesday|8500000|USD",
        "a EUR 20M round|20000000|EUR",
        "worth US$1.2 billion|1200000000|USD",
        "a £3m seed round|3000000|GBP",
        "for ¥1 billion|1000000000|JPY",
        "raised Rs 200 crore|2000000000|INR",
        "for 12 mln dlrs cash|12000000|USD",
        "für 1,2 Mrd. Euro|1200000000|EUR",
        "lève 20 millions d'euros|20000000|EUR",
        "270 Millionen US-Dollar eingesammelt|270000000|USD",
        "a €45m Series B|45000000|EUR",
        "for $1,250,000 in cash|1250000|USD",
        "CHF 2.05 billion|2050000000|CHF",
        "por 11.000 millones de dólares|11000000000|USD",
        "3.600 Millionen Euro|3600000000|EUR",
    })
    void amountsAsThePressWritesThem(String text, long amount, String currency) {
        List<Money> found = MoneyReader.find(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).amount()).isEqualTo(amount);
        assertThat(found.get(0).currency()).isEqualTo(currency);
        assertThat(found.get(0).perShare()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "they raised one point six billion dollars last year|1600000000|USD",
        "databricks confirmed it a one point six billion dollar series h|1600000000|USD",
        "so thirty five million from benchmark|35000000|USD",
        "a hundred and twenty million euros um|120000000|EUR",
    })
    void spokenAmountsInTranscripts(String text, long amount, String currency) {
        List<Money> found = MoneyReader.find(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).amount()).isEqualTo(amount);
        assertThat(found.get(0).currency()).isEqualTo(currency);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"offered 12 dlrs a share|12|USD", "at $25 per share|25|USD", "de 14 euros por acción|14|EUR",
        "32 Euro je Aktie|32|EUR"})
    void aPricePerShareIsMarked(String text, long amount, String currency) {
        Money m = MoneyReader.find(text).get(0);
        assertThat(m.amount()).isEqualTo(amount);
        assertThat(m.perShare()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"in 2015 it grew 40%", "version 3.2 million downloads", "Series B"})
    void numbersWithoutCurrencyAreNoMoney(String text) {
        assertThat(MoneyReader.find(text)).isEmpty();
    }
}
