import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import { CohortDetailView, CohortListView, CreateCohortDto, UpdateCohortDto } from './cohorts.dto';
import { CohortsService } from './cohorts.service';

/** Koplopergroepen. Enrolling, staff, sessions, invitations, start and close are the core's (/api/programme). */
@ApiTags('koploper')
@Controller('koploper/cohorts')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Get()
  @ApiOperation({ summary: 'The Koplopergroepen the reader may see, newest first' })
  @ApiOkResponse({ type: CohortListView })
  list() {
    return this.cohorts.list();
  }

  @Post()
  @Roles('administrator', 'coordinator')
  @ApiOperation({ summary: 'Form a new Koplopergroep in a municipality' })
  @ApiCreatedResponse({ type: CohortDetailView })
  create(@Body() body: CreateCohortDto) {
    return this.cohorts.create(body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A Koplopergroep with its participants, advisers, meetings and invitations' })
  @ApiOkResponse({ type: CohortDetailView })
  get(@Param('id') id: string) {
    return this.cohorts.get(id);
  }

  @Patch(':id')
  @Roles('administrator', 'coordinator')
  @ApiOperation({ summary: "Change a Koplopergroep's name, municipality, dates or phase plan" })
  @ApiOkResponse({ type: CohortDetailView })
  update(@Param('id') id: string, @Body() body: UpdateCohortDto) {
    return this.cohorts.update(id, body);
  }
}
