import 'reflect-metadata';
import type { ContainerType } from 'type-graphql';

/** A class the container can build. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Class<T = unknown> = new (...args: any[]) => T;

/**
 * Marks a service or repository for the container. It does nothing at run time, but a decorated class gets its
 * constructor's parameter types recorded (`design:paramtypes`, emitDecoratorMetadata), which is what the container
 * reads. Resolvers need no mark: `@Resolver()` is a decorator already.
 */
export function Injectable(): ClassDecorator {
  return () => undefined;
}

/**
 * The smallest container type-graphql needs: one instance per class, built on first use, its constructor parameters
 * built the same way from their declared classes. Instances hold no per-request state: the request's reader,
 * database, caller and limits come with each call, as the `AppContext` argument.
 */
export class Container implements ContainerType {
  private readonly instances = new Map<Class, unknown>();
  private readonly building = new Set<Class>();

  get<T>(someClass: Class<T>): T {
    const existing = this.instances.get(someClass);
    if (existing !== undefined) return existing as T;
    if (this.building.has(someClass)) throw new Error(`Container: ${someClass.name} depends on itself through its constructor.`);
    this.building.add(someClass);
    try {
      const params: unknown[] = Reflect.getMetadata('design:paramtypes', someClass) ?? [];
      if (params.length < someClass.length) {
        throw new Error(`Container: ${someClass.name} has constructor parameters but no recorded types; decorate it with @Injectable().`);
      }
      const args = params.map((param, i) => {
        if (typeof param !== 'function' || param === Object) {
          throw new Error(`Container: parameter ${i} of ${someClass.name} is not a class (interfaces and primitives cannot be built).`);
        }
        return this.get(param as Class);
      });
      const instance = new someClass(...args);
      this.instances.set(someClass, instance);
      return instance;
    } finally {
      this.building.delete(someClass);
    }
  }
}
