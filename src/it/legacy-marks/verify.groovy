// The build compiled and ran the driver (exec-maven-plugin fails it otherwise); check what the
// log and the generated file show.
def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/cowrap/block-gen.c').text

assert log.contains('ccrun: OK driver') : 'the C driver did not run to its end'
assert (log =~ /(?m)^(?:\[INFO\] \[stdout\] )?\d+ passed, 0 failed$/).find() : 'no "N passed, 0 failed" line'
assert !log.contains('FAIL:')
assert log.contains('(dialect qemu-legacy)') : 'the plugin did not use the qemu-legacy dialect'

// qemu-legacy names the struct after the target, records the node in the poll state and
// returns what bdrv_poll_co() returns.
['BdrvCoMap', 'BdrvCoPreadv', 'BlkCoFlush', 'BlkCoPwrite'].each {
    assert gen.contains("typedef struct ${it} {") : "no struct ${it}"
}
def flat = gen.replaceAll(/\s+/, '')
['.poll_state.bs=bs,', '.poll_state.bs=child->bs,', '.poll_state.bs=blk_bs(blk),',
 'returnbdrv_poll_co(&s.poll_state);', 'uint8_t*buf;', 'void(*done)(int64_toffset,void*opaque);'].each {
    assert flat.contains(it) : "the generated file lacks '${it}' (whitespace ignored)"
}
return true
