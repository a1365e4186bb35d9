package org.gridgov.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Personal data in JSON (个人信息保护). By default {@link ResidentId} and {@link PhoneNumber}
 * serialise masked, so a plain {@code ObjectMapper} never leaks them. A trusted store that must
 * keep the whole numbers registers {@link #revealingModule()} on its own mapper.
 */
public final class PersonalData {
  private PersonalData() {}

  /**
   * A name masked to its first character ({@code 张三} → {@code 张*}, {@code 欧阳娜娜} → {@code 欧***});
   * a one-character name is masked whole.
   */
  public static String maskName(String name) {
    if (name == null) {
      throw new MissingValueException("name");
    }
    int count = name.codePointCount(0, name.length());
    if (count <= 1) {
      return "*".repeat(count);
    }
    return name.substring(0, name.offsetByCodePoints(0, 1)) + "*".repeat(count - 1);
  }

  /** Writes a name masked, as {@link #maskName(String)}. */
  static final class MaskedNameSerializer extends StdSerializer<String> {
    private static final long serialVersionUID = 1L;

    MaskedNameSerializer() {
      super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(maskName(value));
    }
  }

  /** A Jackson module that writes identity and phone numbers in full. Use only where entitled. */
  public static Module revealingModule() {
    SimpleModule module = new SimpleModule("gridgov-personal-data-revealing");
    module.addSerializer(ResidentId.class, new StdSerializer<>(ResidentId.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(ResidentId value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.reveal());
      }
    });
    module.addSerializer(PhoneNumber.class, new StdSerializer<>(PhoneNumber.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(PhoneNumber value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.reveal());
      }
    });
    return module;
  }
}
