import { Module } from '@nestjs/common';
import { DiagnosticsController } from './diagnostics.controller';
import { PingHandler } from './ping.handler';

/** API side of diagnostics. */
@Module({ controllers: [DiagnosticsController] })
export class DiagnosticsModule {}

/** Worker side of diagnostics. */
@Module({ providers: [PingHandler] })
export class DiagnosticsWorkerModule {}
