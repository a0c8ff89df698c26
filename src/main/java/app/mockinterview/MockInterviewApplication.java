package app.mockinterview;

import java.time.Clock;

import app.mockinterview.content.ValidateCommand;
import app.mockinterview.content.prepdoc.ImportBankCommand;
import app.mockinterview.system.AheadOfTimeStartup;
import app.mockinterview.transfer.DataTransferCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MockInterviewApplication {

	public static void main(String[] args) {
		if (ValidateCommand.handles(args)) {
			System.exit(ValidateCommand.run(args, System.out, System.err));
		}
		if (ImportBankCommand.handles(args)) {
			System.exit(ImportBankCommand.run(args, System.out, System.err));
		}
		if (DataTransferCommand.handles(args)) {
			System.exit(DataTransferCommand.run(MockInterviewApplication.class, args, System.out, System.err));
		}
		AheadOfTimeStartup.enableWhenPackaged(MockInterviewApplication.class);
		SpringApplication.run(MockInterviewApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
