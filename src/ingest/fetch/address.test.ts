/**
 * Tests of the address check the fetcher applies to every connection.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isBlockedAddress } from './address.js'

test('private, loopback, link-local and unspecified IPv4 addresses are blocked', () => {
  for (const a of ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.0.1', '224.0.0.1', '255.255.255.255']) {
    assert.equal(isBlockedAddress(a), true, a)
  }
})

test('public IPv4 addresses are allowed, including neighbours of blocked ranges', () => {
  for (const a of ['8.8.8.8', '93.184.216.34', '172.15.255.255', '172.32.0.1', '192.169.0.1', '169.255.0.1', '11.0.0.1']) {
    assert.equal(isBlockedAddress(a), false, a)
  }
})

test('IPv6 loopback, unspecified, unique-local, link-local and IPv4-mapped private addresses are blocked', () => {
  for (const a of ['::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', 'ff02::1']) {
    assert.equal(isBlockedAddress(a), true, a)
  }
})

test('public IPv6 addresses and IPv4-mapped public ones are allowed; garbage is blocked', () => {
  assert.equal(isBlockedAddress('2001:4860:4860::8888'), false)
  assert.equal(isBlockedAddress('::ffff:8.8.8.8'), false)
  assert.equal(isBlockedAddress('not-an-ip'), true)
})
