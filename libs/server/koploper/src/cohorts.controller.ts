import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import { CohortsService } from './cohorts.service';
import { AddParticipantDto, ChangePhaseDto, CreateCohortDto } from './dto';

@ApiTags('koploper')
@Controller('cohorts')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Get()
  list() {
    return this.cohorts.list();
  }

  @Post()
  @Roles('administrator', 'coordinator')
  create(@Body() body: CreateCohortDto) {
    return this.cohorts.create(body);
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.cohorts.get(id);
  }

  @Post(':id/participants')
  @Roles('administrator', 'coordinator')
  addParticipant(@Param('id') id: string, @Body() body: AddParticipantDto) {
    return this.cohorts.addParticipant(id, body.organisationId);
  }

  @Post(':id/start')
  @Roles('administrator', 'coordinator')
  @HttpCode(200)
  start(@Param('id') id: string) {
    return this.cohorts.start(id);
  }

  @Patch(':id/participants/:participantId')
  @Roles('administrator', 'coordinator', 'adviser')
  changePhase(@Param('id') id: string, @Param('participantId') participantId: string, @Body() body: ChangePhaseDto) {
    return this.cohorts.changePhase(id, participantId, body.phase);
  }
}
