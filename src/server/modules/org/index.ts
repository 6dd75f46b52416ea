/** Module `org`: organisation and people. Other modules import only from here. */
export { createOrgService, type OrgService } from './org.service.ts';
export { orgRoutes } from './org.routes.ts';
export { createPegawaiImportService, type PegawaiImportService } from './pegawai-import.service.ts';
export { pegawaiImportRoutes } from './pegawai-import.routes.ts';
