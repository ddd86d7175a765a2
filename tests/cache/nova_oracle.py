#!/usr/bin/python3
"""Runs Nova's own libvirt ImageCacheManager.update() on a scenario folder.

Used by tst_cachenova as the oracle for imageprep's cache-report. Only four
things are replaced: the database (the instance list and its block device
mappings), the clock (time.time), os.remove (recorded, nothing is deleted)
and os.utime (recorded, nothing is touched). Everything else, including the
qemu-img calls and oslo.config's reading of nova.conf, is Nova's real code.

Input (argv[1]): a JSON file holding a list of scenarios, each
  {"nova_conf": path, "instances_path": path, "now": float,
   "instances": [{"id": int, "uuid": str, "image_ref": str|null,
                  "kernel_id": str|null, "ramdisk_id": str|null,
                  "task_state": str|null, "vm_state": str,
                  "swap_mb": int, "ephemeral_gb": int}]}
Output (stdout): a JSON list, one result per scenario:
  {"error": null|"ExceptionName: message", "base_dir": path|null,
   "files": {name: "removed"|"in-use"|"kept"|"never-removed"|"not-managed"}}
"""

import json
import os
import sys
import warnings
from unittest import mock

warnings.simplefilter('ignore')

if not os.path.isdir('/usr/lib/python3/dist-packages/nova'):
    print('python3-nova is not installed', file=sys.stderr)
    sys.exit(77)

import nova.conf  # noqa: E402
from nova import context as nova_context  # noqa: E402
from nova import objects  # noqa: E402
import nova.privsep  # noqa: E402
import nova.privsep.fs  # noqa: E402,F401  (imagecache.py uses it unimported)
from nova.virt.libvirt import imagecache  # noqa: E402

CONF = nova.conf.CONF


def blank_local_bdm(spec, guest_format, size, device):
    return objects.BlockDeviceMapping(
        instance_uuid=spec['uuid'], source_type='blank',
        destination_type='local', guest_format=guest_format,
        device_type='disk', boot_index=-1, volume_size=size,
        device_name=device, disk_bus=None, no_device=False,
        snapshot_id=None, volume_id=None, image_id=None,
        connection_info=None, delete_on_termination=True, tag=None,
        volume_type=None, attachment_id=None, encrypted=False,
        encryption_secret_uuid=None, encryption_format=None,
        encryption_options=None)


def fake_bdms(spec):
    """The block device mappings Nova stores for a flavor's swap and
    ephemeral disk (source blank, destination local)."""
    bdms = []
    if spec.get('swap_mb'):
        bdms.append(blank_local_bdm(spec, 'swap', spec['swap_mb'], '/dev/vdc'))
    if spec.get('ephemeral_gb'):
        bdms.append(blank_local_bdm(spec, None, spec['ephemeral_gb'],
                                    '/dev/vdb'))
    return bdms


def make_instance(spec):
    return objects.Instance(
        id=spec['id'], uuid=spec['uuid'], host=CONF.host,
        image_ref=spec.get('image_ref'), kernel_id=spec.get('kernel_id'),
        ramdisk_id=spec.get('ramdisk_id'), task_state=spec.get('task_state'),
        vm_state=spec.get('vm_state', 'active'), os_type=None)


def run(scenario):
    CONF(['--config-file', scenario['nova_conf']], project='nova',
         default_config_files=[])
    CONF.set_override('instances_path', scenario['instances_path'])
    # privsep entrypoints (nova.privsep.path.utime) run in this process, so
    # they reach the replaced os.utime instead of a root daemon.
    nova.privsep.sys_admin_pctxt.set_client_mode(False)

    specs = scenario['instances']
    instances = [make_instance(s) for s in specs]
    bdms = {s['uuid']: fake_bdms(s) for s in specs}

    manager = imagecache.ImageCacheManager()
    base_dir = os.path.join(CONF.instances_path,
                            CONF.image_cache.subdirectory_name)
    names = sorted(os.listdir(base_dir)) if os.path.isdir(base_dir) else []
    removed, touched = set(), set()

    def fake_remove(path, *args, **kwargs):
        # as the real call fails, without deleting anything
        if os.path.isdir(path):
            raise IsADirectoryError(21, 'Is a directory', path)
        if not os.path.lexists(path):
            raise FileNotFoundError(2, 'No such file or directory', path)
        removed.add(path)

    def fake_utime(path, *args, **kwargs):
        touched.add(path)

    error = None
    with mock.patch.object(objects.BlockDeviceMappingList,
                           'bdms_by_instance_uuid',
                           side_effect=lambda ctx, uuids: bdms), \
            mock.patch('time.time', return_value=float(scenario['now'])), \
            mock.patch('os.remove', side_effect=fake_remove), \
            mock.patch('os.utime', side_effect=fake_utime):
        try:
            manager.update(nova_context.get_admin_context(), instances)
        except Exception as e:  # the run stops here, as nova-compute's would
            error = '%s: %s' % (type(e).__name__, e)

    active = set(manager.active_base_files)
    candidates = set(manager.removable_base_files)
    used_swap = manager.used_swap_images
    used_eph = manager.used_ephemeral_images
    files = {}
    for name in names:
        path = os.path.join(base_dir, name)
        if path in removed:
            verdict = 'removed'
        elif (path in active or name in (manager.back_swap_images & used_swap)
              or name in (manager.back_ephemeral_images & used_eph)):
            verdict = 'in-use'
        elif (path in candidates or name in manager.back_swap_images
              or name in manager.back_ephemeral_images):
            verdict = ('kept' if manager.remove_unused_base_images
                       else 'never-removed')
        else:
            verdict = 'not-managed'
        files[name] = verdict
    result = {'error': error,
              'base_dir': base_dir if os.path.isdir(base_dir) else None,
              'files': files}
    CONF.clear_override('instances_path')
    return result


def main():
    # one process for all scenarios: importing nova takes seconds
    with open(sys.argv[1], encoding='utf-8') as f:
        scenarios = json.load(f)
    objects.register_all()
    results = [run(s) for s in scenarios]
    json.dump(results, sys.stdout, indent=1, sort_keys=True)


if __name__ == '__main__':
    main()
