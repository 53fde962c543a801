import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail over SMTP_URL; without it (development) writes .eml files to MAIL_DIR and logs where. */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;
  private readonly dir: string | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.dir = config.SMTP_URL ? null : resolve(config.MAIL_DIR);
    this.transport = config.SMTP_URL ? createTransport(config.SMTP_URL) : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transport.sendMail({ from: this.config.MAIL_FROM, ...mail });
    if (this.dir) {
      await mkdir(this.dir, { recursive: true });
      const file = join(this.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.to.replace(/[^a-z0-9@.-]/gi, '_')}.eml`);
      await writeFile(file, (info as unknown as { message: Buffer }).message);
      this.logger.log(`mail naar / to ${mail.to} geschreven naar / written to ${file}`);
    }
  }
}
