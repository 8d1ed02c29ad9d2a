import { describe, expect, it } from 'vitest';
import { isLoginRequest } from './rate-limit.js';

describe('isLoginRequest', () => {
  it('sees a login however it is written', () => {
    expect(isLoginRequest({ query: 'mutation { login(username: "a", password: "b") { id } }' })).toBe(true);
    expect(isLoginRequest({ query: 'mutation { x: loginWithTotp(username: "a", password: "b", code: "1") { id } }' })).toBe(true);
    expect(isLoginRequest([{ query: '{ me { id } }' }, { query: 'mutation{login(username:"a",password:"b"){id}}' }])).toBe(true);
  });

  it('does not count other requests, or the word in variables', () => {
    expect(isLoginRequest({ query: '{ me { id } }' })).toBe(false);
    expect(isLoginRequest({ query: 'mutation($n: String) { updateBoard(input: {note: $n}) { id } }', variables: { n: 'login' } })).toBe(false);
    expect(isLoginRequest({ query: '{ lastLogin }' })).toBe(false);
    expect(isLoginRequest(null)).toBe(false);
    expect(isLoginRequest('login')).toBe(false);
  });
});
