package io.wharf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
        "198.18.0.1", "::1", "fc00::1", "fe80::1", "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1", "::ffff:169.254.169.254"})
    void internalAddressesAreInternal(String address) throws Exception {
        assertThat(AddressGuard.internal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700::1111", "64:ff9b::808:808"})
    void publicAddressesAreNot(String address) throws Exception {
        assertThat(AddressGuard.internal(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://[64:ff9b::a9fe:a9fe]/latest/meta-data/", "http://169.254.169.254/", "ftp://example.com/",
        "http://[::1]:8080/"})
    void theGuardRefusesThem(String url) {
        assertThatThrownBy(() -> new AddressGuard(List.of(), "x.allow").check(URI.create(url))).isInstanceOf(AddressGuard.Refused.class);
    }
}
