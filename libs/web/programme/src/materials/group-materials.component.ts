import { ChangeDetectionStrategy, Component, computed, input, output, signal, type ElementRef, viewChild } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorComponent, type FieldMessage } from '../forms';
import { FileSizePipe, KoersDatePipe } from '../pipes';
import { programmeTexts } from '../texts';

/** A material of a group (slides, a handout) as the list shows it; the API's group material view fits. */
export interface GroupMaterialItem {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  createdAt: string;
}

/** What the core accepts as a material (docs/programme.md): the extension decides, the API checks the content. */
export const MATERIAL_ACCEPT = '.pdf,.pptx,.docx,.xlsx,.png,.jpg,.jpeg,.mp4';
/** The core's limit per material: 20 MB (of 1024 × 1024 bytes), as the API counts. */
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;

/** Where the browser downloads a stored file (same origin: the web servers proxy /api). */
export const materialUrl = (m: GroupMaterialItem) => `/api/files/${encodeURIComponent(m.id)}`;

let nextId = 0;

/**
 * A group's materials: each file by name as a download link, with its size
 * and the day it was added. For a reader who may manage them (`canManage`)
 * a file field with an upload button (emits `upload` with the File) and a
 * remove button per file (emits `remove` with the material). The page calls
 * the API and, once a file is stored, `clear()`s the field.
 */
@Component({
  selector: 'koers-group-materials',
  imports: [TranslocoPipe, FieldErrorComponent, FileSizePipe, KoersDatePipe],
  providers: [programmeTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .koers-materials li { margin-bottom: .25rem; }
    .koers-materials .koers-link { margin-left: .75rem; }
  `,
  template: `
    @if (materials().length) {
      <ul class="koers-materials" data-testid="materials" [attr.aria-label]="'programme.materials.list' | transloco">
        @for (m of materials(); track m.id) {
          <li [attr.data-material]="m.filename">
            <a [href]="url()(m)" [attr.download]="m.filename">{{ m.filename }}</a>
            · <span data-testid="material-size">{{ m.sizeBytes | fileSize }}</span>
            · <span>{{ 'programme.materials.added' | transloco: { date: (m.createdAt | koersDate) } }}</span>
            @if (canManage()) {
              <button class="koers-link" type="button" [disabled]="busy()" (click)="remove.emit(m)">
                {{ 'programme.materials.remove' | transloco }}<span class="koers-visually-hidden"> {{ m.filename }}</span>
              </button>
            }
          </li>
        }
      </ul>
    } @else {
      <p data-testid="materials-empty">{{ emptyText() ?? ('programme.materials.none' | transloco) }}</p>
    }
    @if (canManage()) {
      <form class="koers-form koers-inline-form" (submit)="submit($event)" novalidate>
        <div class="koers-field">
          <label [for]="id">{{ 'programme.materials.file' | transloco }}</label>
          <input #fileInput type="file" [id]="id" [accept]="accept" [disabled]="busy()" (change)="pick(fileInput.files)"
                 [attr.aria-invalid]="!!error()" [attr.aria-describedby]="error() ? id + '-error' : id + '-hint'" />
          <p class="koers-hint" [id]="id + '-hint'">{{ 'programme.materials.hint' | transloco }}</p>
          <koers-field-error [id]="id + '-error'" [message]="error()" />
        </div>
        <button class="koers-button koers-button-secondary" type="submit" [disabled]="busy()">{{ 'programme.materials.upload' | transloco }}</button>
      </form>
    }
  `,
})
export class GroupMaterialsComponent {
  readonly materials = input.required<readonly GroupMaterialItem[]>();
  /** Whether the reader adds and removes materials (the step's staff who may). */
  readonly canManage = input(false);
  readonly busy = input(false);
  /** The step's words for an empty list, if it has its own. */
  readonly emptyText = input<string | null>(null);
  /** Where a material downloads; the core's `/api/files/:id` unless the page says otherwise. */
  readonly url = input<(m: GroupMaterialItem) => string>(materialUrl);
  readonly upload = output<File>();
  readonly remove = output<GroupMaterialItem>();

  readonly id = `koers-materials-${++nextId}`;
  readonly accept = MATERIAL_ACCEPT;
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly file = signal<File | null>(null);
  /** Shown once the reader tried to upload (or picked a file that is too large). */
  private readonly tried = signal(false);
  readonly error = computed<FieldMessage | null>(() => {
    const file = this.file();
    if (file && file.size > MAX_MATERIAL_BYTES) return { key: 'programme.materials.tooLarge' };
    return this.tried() && !file ? { key: 'programme.materials.fileRequired' } : null;
  });

  pick(files: FileList | null) {
    this.file.set(files?.[0] ?? null);
  }

  submit(event: Event) {
    event.preventDefault();
    this.tried.set(true);
    const file = this.file();
    if (!file || this.error()) return;
    this.upload.emit(file);
  }

  /** After the page stored the file: the field is empty again. */
  clear() {
    this.file.set(null);
    this.tried.set(false);
    const el = this.fileInput()?.nativeElement;
    if (el) el.value = '';
  }
}
