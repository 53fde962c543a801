import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import { CreatePilotDto, PilotListView, PilotsQuery, PilotView, ProgrammeLineListView, UpdatePilotDto } from './lines.dto';
import { PilotsService } from './pilots.service';

const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;
const COORDINATION = ['administrator', 'coordinator'] as const;

/** The five programme lines ("schijf van vijf") and their pilot projects. */
@ApiTags('alliance')
@Controller('alliance')
export class LinesController {
  constructor(private readonly pilots: PilotsService) {}

  @Get('programme-lines')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'The five programme lines with their number of pilots and of the partner\'s own groups' })
  @ApiOkResponse({ type: ProgrammeLineListView })
  lines() {
    return this.pilots.lines();
  }

  @Get('pilots')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'The pilot projects of every line, or of one' })
  @ApiOkResponse({ type: PilotListView })
  list(@Query() q: PilotsQuery) {
    return this.pilots.list(q.line);
  }

  @Post('pilots')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Start a pilot project in a line, kept by the partner (its lead organisation may be another)' })
  @ApiCreatedResponse({ type: PilotView })
  create(@Body() body: CreatePilotDto) {
    return this.pilots.create(body);
  }

  @Get('pilots/:id')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'A pilot project with its evaluation on impact: the text and the figures with their sources' })
  @ApiOkResponse({ type: PilotView })
  get(@Param('id') id: string) {
    return this.pilots.get(id);
  }

  @Patch('pilots/:id')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Change a pilot: its line, lead, status, dates and the impact evaluation (the figures replace the earlier list)' })
  @ApiOkResponse({ type: PilotView })
  update(@Param('id') id: string, @Body() body: UpdatePilotDto) {
    return this.pilots.update(id, body);
  }
}
