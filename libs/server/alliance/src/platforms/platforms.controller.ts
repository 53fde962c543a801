import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import { CreatePlatformDto, PlatformEventDto, PlatformEventView, PlatformListView, PlatformMemberDto, PlatformMemberView, PlatformView, UpdatePlatformDto } from './platforms.dto';
import { PlatformsService } from './platforms.service';

const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;
const COORDINATION = ['administrator', 'coordinator'] as const;

/** Regional CSR platforms (MVO-platforms): members and agenda, kept by one partner for the alliance. */
@ApiTags('alliance')
@Controller('alliance')
export class PlatformsController {
  constructor(private readonly platforms: PlatformsService) {}

  @Get('platforms')
  @Roles(...STAFF)
  @ApiOperation({ summary: "The alliance's CSR platforms with their number of members and next event" })
  @ApiOkResponse({ type: PlatformListView })
  list() {
    return this.platforms.list();
  }

  @Post('platforms')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Add a CSR platform, kept by the partner' })
  @ApiCreatedResponse({ type: PlatformView })
  create(@Body() body: CreatePlatformDto) {
    return this.platforms.create(body);
  }

  @Get('platforms/:id')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'A CSR platform with its member organisations and agenda' })
  @ApiOkResponse({ type: PlatformView })
  get(@Param('id') id: string) {
    return this.platforms.get(id);
  }

  @Patch('platforms/:id')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: "Change a platform's name, region, municipality or description" })
  @ApiOkResponse({ type: PlatformView })
  update(@Param('id') id: string, @Body() body: UpdatePlatformDto) {
    return this.platforms.update(id, body);
  }

  @Post('platforms/:id/members')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: 'Add a member organisation (an alliance partner by its slug)' })
  @ApiCreatedResponse({ type: PlatformMemberView })
  addMember(@Param('id') id: string, @Body() body: PlatformMemberDto) {
    return this.platforms.addMember(id, body);
  }

  @Delete('platforms/:id/members/:memberId')
  @Roles(...COORDINATION)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member organisation' })
  @ApiNoContentResponse()
  async removeMember(@Param('id') id: string, @Param('memberId') memberId: string) {
    await this.platforms.removeMember(id, memberId);
  }

  @Post('platforms/:id/events')
  @Roles(...COORDINATION)
  @ApiOperation({ summary: "Put an event on the agenda (date, title, location), or a cohort's Koplopersymposium" })
  @ApiCreatedResponse({ type: PlatformEventView })
  addEvent(@Param('id') id: string, @Body() body: PlatformEventDto) {
    return this.platforms.addEvent(id, body);
  }

  @Delete('platforms/:id/events/:eventId')
  @Roles(...COORDINATION)
  @HttpCode(204)
  @ApiOperation({ summary: 'Take an event off the agenda' })
  @ApiNoContentResponse()
  async removeEvent(@Param('id') id: string, @Param('eventId') eventId: string) {
    await this.platforms.removeEvent(id, eventId);
  }
}
