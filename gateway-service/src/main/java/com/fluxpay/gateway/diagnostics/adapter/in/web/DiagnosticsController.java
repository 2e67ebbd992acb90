package com.fluxpay.gateway.diagnostics.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import com.fluxpay.gateway.http.CommandResponses;
import com.fluxpay.gateway.http.Callers;
import com.fluxpay.gateway.http.ApiProblems;

import com.fluxpay.gateway.diagnostics.application.PingingFleet;
import com.fluxpay.gateway.diagnostics.application.port.FleetPings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/diagnostics/pings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Diagnostics", description = "Is every service wired to Kafka and answering?")
public class DiagnosticsController {

    private final PingingFleet pingingFleet;

    public DiagnosticsController(PingingFleet pingingFleet) {
        this.pingingFleet = pingingFleet;
    }

    /** A ping and the services that have answered it so far. */
    public record PingResource(String id, Instant requestedAt, List<String> answeredBy, List<FleetPings.Answer> answers) {

        static PingResource of(FleetPings.Ping ping) {
            return new PingResource(ping.id(), ping.requestedAt(),
                    ping.answers().stream().map(FleetPings.Answer::service).toList(), ping.answers());
        }
    }

    @PostMapping
    @Operation(summary = "Ping every service through Kafka",
            description = "Each service answers through its own inbox and outbox; read the answers back with GET.")
    public ResponseEntity<PingResource> ping(HttpServletRequest request) {
        var ping = pingingFleet.start(Callers.of(request).tenant());
        return ResponseEntity.accepted().location(URI.create("/api/v1/diagnostics/pings/" + ping.id()))
                .body(PingResource.of(ping));
    }

    @GetMapping("/{pingId}")
    @Operation(summary = "Read a ping's answers", description = "Only the tenant that sent the ping can read it.")
    public ResponseEntity<Object> get(@PathVariable String pingId, HttpServletRequest request) {
        return CommandResponses.found(pingingFleet.find(Callers.of(request).tenant(), pingId), PingResource::of,
                "Ping", pingId);
    }
}
