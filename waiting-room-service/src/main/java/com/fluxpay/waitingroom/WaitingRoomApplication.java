package com.fluxpay.waitingroom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class WaitingRoomApplication {

    public static void main(String[] args) {
        SpringApplication.run(WaitingRoomApplication.class, args);
    }
}
