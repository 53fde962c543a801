import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { KnowledgeKind } from '@koers/domain';

/** What a CSR platform's members share: a document or material of a meeting or masterclass, or a link, with tags (migration 1764000015000). */
@Entity('knowledge_item')
@Check('knowledge_item_kind_check', "kind in ('meeting_material', 'masterclass_material', 'document', 'link')")
@Check('knowledge_item_tags_check', "jsonb_typeof(tags) = 'array'")
@Index('knowledge_item_platform', ['platformId', 'publishedOn'])
export class KnowledgeItem {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'knowledge_item_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('csr_platform', { name: 'knowledge_item_platform_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'platform_id', type: 'uuid' }) platformId!: string;
  @Column({ type: 'varchar', length: 32 }) kind!: KnowledgeKind;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text', default: '' }) summary!: string;
  @Column({ type: 'varchar', length: 2000, nullable: true }) url!: string | null;
  @ForeignKey('stored_file', { name: 'knowledge_item_file_id_fkey', onDelete: 'SET NULL' }) @Column({ name: 'file_id', type: 'uuid', nullable: true }) fileId!: string | null;
  @Column({ type: 'jsonb', default: [] }) tags!: string[];
  @ForeignKey('app_user', { name: 'knowledge_item_author_user_id_fkey', onDelete: 'SET NULL' }) @Column({ name: 'author_user_id', type: 'uuid', nullable: true }) authorUserId!: string | null;
  @Column({ name: 'author_name', type: 'varchar', length: 200 }) authorName!: string;
  @Column({ name: 'published_on', type: 'date' }) publishedOn!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
