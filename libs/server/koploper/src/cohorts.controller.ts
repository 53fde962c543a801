import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import { CohortsService } from './cohorts.service';
import { AddAdviserDto, AddParticipantDto, CohortDetailView, CohortListView, CreateCohortDto, EnrolledParticipantView, StaffListView, UpdateCohortDto, UpdateParticipantDto } from './dto';

@ApiTags('koploper')
@Controller('cohorts')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Get()
  @ApiOkResponse({ type: CohortListView })
  list() {
    return this.cohorts.list();
  }

  @Post()
  @Roles('administrator', 'coordinator')
  @ApiCreatedResponse({ type: CohortDetailView })
  create(@Body() body: CreateCohortDto) {
    return this.cohorts.create(body);
  }

  @Get(':id')
  @ApiOkResponse({ type: CohortDetailView })
  get(@Param('id') id: string) {
    return this.cohorts.get(id);
  }

  @Patch(':id')
  @Roles('administrator', 'coordinator')
  @ApiOkResponse({ type: CohortDetailView })
  update(@Param('id') id: string, @Body() body: UpdateCohortDto) {
    return this.cohorts.update(id, body);
  }

  @Post(':id/participants')
  @Roles('administrator', 'coordinator')
  @ApiCreatedResponse({ type: EnrolledParticipantView, description: 'The new participant (phase kickoff)' })
  addParticipant(@Param('id') id: string, @Body() body: AddParticipantDto) {
    return this.cohorts.addParticipant(id, body.organisationId);
  }

  @Post(':id/start')
  @Roles('administrator', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: CohortDetailView })
  start(@Param('id') id: string) {
    return this.cohorts.start(id);
  }

  @Patch(':id/participants/:participantId')
  @Roles('administrator', 'coordinator', 'adviser')
  @ApiOkResponse({ type: EnrolledParticipantView })
  updateParticipant(@Param('id') id: string, @Param('participantId') participantId: string, @Body() body: UpdateParticipantDto) {
    return this.cohorts.updateParticipant(id, participantId, body);
  }

  @Post(':id/advisers')
  @Roles('administrator', 'coordinator')
  @ApiCreatedResponse({ type: CohortDetailView })
  addAdviser(@Param('id') id: string, @Body() body: AddAdviserDto) {
    return this.cohorts.addAdviser(id, body);
  }

  @Delete(':id/advisers/:userId')
  @Roles('administrator', 'coordinator')
  @HttpCode(204)
  removeAdviser(@Param('id') id: string, @Param('userId') userId: string) {
    return this.cohorts.removeAdviser(id, userId);
  }

  @Post(':id/close')
  @Roles('administrator', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: CohortDetailView })
  close(@Param('id') id: string) {
    return this.cohorts.close(id);
  }
}

@ApiTags('koploper')
@Controller('staff')
export class StaffController {
  constructor(private readonly cohorts: CohortsService) {}

  @Get()
  @Roles('administrator', 'coordinator', 'adviser', 'analyst')
  @ApiQuery({ name: 'role', required: false, enum: ['administrator', 'coordinator', 'adviser', 'analyst'] })
  @ApiOkResponse({ type: StaffListView })
  list(@Query('role') role?: string) {
    if (role !== undefined && !['administrator', 'coordinator', 'adviser', 'analyst'].includes(role)) return { items: [] };
    return this.cohorts.staff(role);
  }
}
