package com.fluxpay.contracts.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/errors.md and {@link ErrorCode} are the same table: neither can gain, lose or change a code alone. */
class ErrorCatalogueTest {

    private static final String TABLE_HEADER = "| code | HTTP | title | when it happens |";
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|([^|]*)\\|([^|]*)\\|(.*)\\|\\s*$");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,5}_[0-9]{3}\\b");
    private static final String FRAMEWORK_ROW = ErrorCode.FRAMEWORK_PREFIX + "<status>";

    record Row(String code, String status, String title) {
    }

    @Test
    void every_code_in_the_catalogue_is_in_the_documented_table_with_its_status_and_title() throws IOException {
        var documented = documentedTable();

        assertThat(ErrorCode.values()).allSatisfy(error -> {
            assertThat(documented).as("docs/errors.md lists %s", error).containsKey(error.code());
            assertThat(documented.get(error.code()).status()).as("HTTP status of %s", error)
                    .isEqualTo(String.valueOf(error.status()));
            assertThat(documented.get(error.code()).title()).as("title of %s", error).isEqualTo(error.title());
        });
    }

    @Test
    void every_code_in_the_documented_table_is_in_the_catalogue() throws IOException {
        var documented = new ArrayList<>(documentedTable().keySet());
        documented.remove(FRAMEWORK_ROW);

        assertThat(documented).allSatisfy(code ->
                assertThat(ErrorCode.find(code)).as("ErrorCode has %s", code).isPresent());
    }

    @Test
    void framework_errors_are_documented_as_one_family_of_the_framework_prefix() throws IOException {
        assertThat(documentedTable()).containsKey(FRAMEWORK_ROW);
        assertThat(ErrorCode.ofFrameworkStatus(405)).isEqualTo("HTTP_405");
        assertThat(ErrorCode.find("HTTP_405")).isEmpty();
        assertThatThrownBy(() -> ErrorCode.ofFrameworkStatus(200)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_code_the_doc_mentions_anywhere_is_in_the_catalogue_unless_it_is_reserved() throws IOException {
        var lines = errorsDoc();
        Set<String> reserved = lines.stream().filter(line -> line.startsWith("Reserved:"))
                .flatMap(line -> codesIn(line).stream()).collect(Collectors.toSet());
        var mentioned = lines.stream().filter(line -> !line.startsWith("Reserved:"))
                .flatMap(line -> codesIn(line).stream()).distinct().toList();

        assertThat(reserved).as("reserved codes are not in use").noneMatch(code -> ErrorCode.find(code).isPresent());
        assertThat(mentioned).allSatisfy(code ->
                assertThat(ErrorCode.find(code)).as("ErrorCode has %s", code).isPresent());
    }

    @Test
    void codes_are_well_formed_and_answer_an_error_status() {
        assertThat(ErrorCode.values()).allSatisfy(error -> {
            assertThat(error.code()).matches("[A-Z]{2,5}_[0-9]{3}").doesNotStartWith(ErrorCode.FRAMEWORK_PREFIX);
            assertThat(error.status()).isBetween(400, 599);
            assertThat(error.title()).isNotBlank();
            assertThat(error.type()).isEqualTo("https://fluxpay.dev/errors/" + error.code());
        });
    }

    @Test
    void a_code_read_off_the_wire_finds_its_member_and_an_unknown_one_finds_nothing() {
        assertThat(ErrorCode.find("PAY_004")).contains(ErrorCode.PAY_004);
        assertThat(ErrorCode.find("CRD_999")).isEmpty();
        assertThat(ErrorCode.find(null)).isEmpty();
    }

    /** The rows of the table under {@link #TABLE_HEADER}, by code; a code listed twice fails. */
    private static Map<String, Row> documentedTable() throws IOException {
        var lines = errorsDoc();
        int header = lines.indexOf(TABLE_HEADER);
        assertThat(header).as("docs/errors.md has a table headed %s", TABLE_HEADER).isNotNegative();
        var rows = new LinkedHashMap<String, Row>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            assertThat(row.matches()).as("a table row of code, HTTP, title, when: %s", line).isTrue();
            var previous = rows.put(row.group(1), new Row(row.group(1), row.group(2).strip(), row.group(3).strip()));
            assertThat(previous).as("%s is listed once", row.group(1)).isNull();
        }
        return rows;
    }

    private static List<String> codesIn(String line) {
        var found = new ArrayList<String>();
        CODE.matcher(line).results().map(match -> match.group())
                .filter(code -> !code.startsWith(ErrorCode.FRAMEWORK_PREFIX)).forEach(found::add);
        return found;
    }

    // found from wherever the build runs (the module, the reactor root, an IDE): the first docs/errors.md up
    // the directory tree is the project's
    private static List<String> errorsDoc() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs/errors.md");
            if (Files.isRegularFile(doc)) {
                return Arrays.stream(Files.readString(doc).split("\\R")).map(String::stripTrailing).toList();
            }
        }
        throw new AssertionError("docs/errors.md not found above " + Path.of("").toAbsolutePath());
    }
}
